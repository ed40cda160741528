package kz.adal.site;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Brings a built site folder up to date file by file, for {@code serve}: writes only the files whose bytes changed,
 * each replaced in one move so a reader never sees half a file, and removes the files no longer built.
 * The folder is never missing, as it briefly is when a whole new site is swapped in.
 */
final class InPlaceUpdate {
    private InPlaceUpdate() {
    }

    /**
     * Writes {@code files}, whose hashes are {@code after} (path to SHA-256), over the site that {@code before}
     * describes; returns the paths written or removed.
     */
    static SortedSet<String> apply(Path site, SortedMap<String, byte[]> files, Map<String, String> after,
            Map<String, String> before, FileTime modified) throws IOException {
        SortedSet<String> changed = new TreeSet<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!after.get(file.getKey()).equals(before.get(file.getKey()))) {
                replace(site.resolve(file.getKey()), file.getValue(), modified);
                changed.add(file.getKey());
            }
        }
        for (String path : before.keySet()) {
            if (!files.containsKey(path)) {
                remove(site, site.resolve(path));
                changed.add(path);
            }
        }
        return changed;
    }

    private static void replace(Path file, byte[] bytes, FileTime modified) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temp, bytes);
        Files.setLastModifiedTime(temp, modified);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes a file and the folders it leaves empty, up to the site's own folder. */
    private static void remove(Path site, Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            for (Path dir = file.getParent(); !dir.equals(site); dir = dir.getParent()) {
                Files.deleteIfExists(dir);
            }
        } catch (DirectoryNotEmptyException e) {
            // the folder still holds other files of the site
        }
    }
}
