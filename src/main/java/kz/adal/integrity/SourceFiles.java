package kz.adal.integrity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import kz.adal.content.Leftovers;

/** The SHA-256 of every file a site is built from: the content and the theme. */
public final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * Paths named {@code content/...} and {@code theme/...}, whatever the folders are called on disk. The content files
     * the build has read come with their digests ({@code read}, by path in the content folder): those of the bytes it
     * read, not of the files as they are now, which an author may have saved again since. The others are read here.
     */
    public static SortedMap<String, String> hash(Path contentDir, Map<String, String> read, Path themeDir)
            throws IOException {
        SortedMap<String, String> hashes = new TreeMap<>();
        read.forEach((path, hash) -> hashes.put("content/" + path, hash));
        add(hashes, "content/", contentDir, read);
        add(hashes, "theme/", themeDir, Map.of());
        return hashes;
    }

    private static void add(SortedMap<String, String> hashes, String prefix, Path dir, Map<String, String> read)
            throws IOException {
        if (Files.isDirectory(dir)) {
            // what programs leave there is no source: git's own files, above all, which change with every commit
            // and differ from clone to clone, would make two builds of one commit record different manifests
            Sha256.ofFolder(dir, path -> read.containsKey(path) || Leftovers.isLeftover(Path.of(path)))
                    .forEach((path, hash) -> hashes.put(prefix + path, hash));
        }
    }
}
