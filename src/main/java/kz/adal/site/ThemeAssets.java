package kz.adal.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies {@code theme/assets/} into the site's {@code assets/} folder. */
final class ThemeAssets {

    private ThemeAssets() {
    }

    static void addTo(SiteOutput output, Path assetsDir) throws IOException {
        if (!Files.isDirectory(assetsDir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assetsDir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                output.add("assets/" + assetsDir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
    }
}
