package kz.adal.integrity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The SHA-256 of every file a site is built from: the content and the theme. */
public final class SourceFiles {

    private SourceFiles() {
    }

    /** Paths named {@code content/...} and {@code theme/...}, whatever the folders are called on disk. */
    public static SortedMap<String, String> hash(Path contentDir, Path themeDir) throws IOException {
        SortedMap<String, String> hashes = new TreeMap<>();
        add(hashes, "content/", contentDir);
        add(hashes, "theme/", themeDir);
        return hashes;
    }

    private static void add(SortedMap<String, String> hashes, String prefix, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            hashes.put(prefix + dir.relativize(file).toString().replace('\\', '/'), Sha256.of(file));
        }
    }
}
