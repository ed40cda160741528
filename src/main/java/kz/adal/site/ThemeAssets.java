package kz.adal.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kz.adal.content.Leftovers;

/** Copies {@code theme/assets/} into the site's {@code assets/} folder, its scripts compacted, leftovers left out. */
final class ThemeAssets {

    private ThemeAssets() {
    }

    static void addTo(SiteOutput output, Path assetsDir) throws IOException {
        if (!Files.isDirectory(assetsDir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assetsDir)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(file -> !Leftovers.isLeftover(assetsDir.relativize(file)))
                    .sorted().toList()) {
                String path = "assets/" + assetsDir.relativize(file).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(file);
                output.add(path, path.endsWith(".js") ? ScriptCompactor.compact(new String(bytes, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8) : bytes);
            }
        }
    }
}
