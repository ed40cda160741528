package kz.adal.integrity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

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
        if (Files.isDirectory(dir)) {
            Sha256.ofFolder(dir).forEach((path, hash) -> hashes.put(prefix + path, hash));
        }
    }
}
