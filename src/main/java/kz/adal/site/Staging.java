package kz.adal.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A hidden folder beside the output folder that a build writes into; {@link #commit()} swaps it in whole, and
 * closing it uncommitted deletes it. A failed or interrupted build so leaves the previous site as it was.
 */
public final class Staging implements AutoCloseable {
    private final Path target;
    private final Path dir;
    private final FileTime modified;
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private boolean committed;

    private Staging(Path target, Path dir, FileTime modified) {
        this.target = target;
        this.dir = dir;
        this.modified = modified;
    }

    /** Opens a staging folder for {@code target}; files get {@code modified} as their time, for reproducible archives. */
    public static Staging open(Path target, Instant modified) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String prefix = "." + absolute.getFileName() + ".";
        removeLeftovers(parent, prefix);
        return new Staging(absolute, Files.createTempDirectory(parent, prefix + "tmp-"), FileTime.from(modified));
    }

    /** Writes one file; safe to call from several threads. */
    public void write(String path, byte[] bytes) {
        try {
            Path file = dir.resolve(path);
            folders.computeIfAbsent(file.getParent(), Staging::createFolder);
            Files.write(file, bytes);
            // by path: Files.setLastModifiedTime opens the file a second time, which costs more than the write
            if (!file.toFile().setLastModified(modified.toMillis())) {
                throw new IOException("cannot set the modification time of " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a folder once, however many threads write into it. */
    private static Boolean createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the target folder with everything written. */
    public void commit() throws IOException {
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        if (!Files.exists(target)) {
            Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Path old = parent.resolve("." + name + ".old-" + dir.getFileName().toString().substring(name.length() + 6));
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            deleteTree(old);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(dir);
        }
    }

    /** Removes staging and old folders that an interrupted earlier build left behind. */
    private static void removeLeftovers(Path parent, String prefix) throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.toList()) {
                String n = sibling.getFileName().toString();
                if (n.startsWith(prefix + "tmp-") || n.startsWith(prefix + "old-")) {
                    deleteTree(sibling);
                }
            }
        }
    }

    /** Deletes a folder tree; files in parallel, since a large site's old copy has tens of thousands. */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.toList();
        }
        all.parallelStream().filter(Files::isRegularFile).forEach(file -> {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
