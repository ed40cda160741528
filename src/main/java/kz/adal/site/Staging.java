package kz.adal.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A hidden folder beside the output folder that a build writes into; {@link #commit()} swaps it in whole, and
 * closing it uncommitted deletes it. A failed or interrupted build so leaves the previous site as it was.
 * <p>
 * The replaced site is not deleted at the swap: the next build takes it as its staging folder and overwrites it
 * ({@link RecycledFolder}), which costs far less than deleting one site and creating another. Any other folder an
 * earlier build left is deleted in the background while the build works: on a disk that frees blocks as files are
 * deleted, deleting a large site takes seconds of waiting for the disk (3-6 s for 10,000 protocols here).
 */
public final class Staging implements AutoCloseable {
    private static final int WRITE_PIECE = 8192;
    private final Path target;
    private final Path dir;
    private final FileTime modified;
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    /** What this build wrote, kept only when it writes into a recycled folder, to know what to delete there. */
    private final Set<Path> written = ConcurrentHashMap.newKeySet();
    private final Optional<RecycledFolder> recycled;
    private final BackgroundTask leftoversRemoved;
    private boolean committed;

    private Staging(Path target, Path dir, FileTime modified, Optional<RecycledFolder> recycled,
            BackgroundTask leftoversRemoved) {
        this.target = target;
        this.dir = dir;
        this.modified = modified;
        this.recycled = recycled;
        this.leftoversRemoved = leftoversRemoved;
    }

    /** Opens a staging folder for {@code target}; files get {@code modified} as their time, for reproducible archives. */
    public static Staging open(Path target, Instant modified) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String prefix = "." + absolute.getFileName() + ".";
        // listed before the new staging folder exists, so that it is never among them; a replaced site ("old-")
        // sorts first, and is the one recycled
        List<Path> leftovers = leftovers(parent, prefix);
        Path dir = Files.createTempDirectory(parent, prefix + "tmp-");
        Optional<RecycledFolder> recycled = leftovers.isEmpty() ? Optional.empty()
                : RecycledFolder.take(leftovers.get(0), dir);
        List<Path> unused = recycled.isPresent() ? leftovers.subList(1, leftovers.size()) : leftovers;
        return new Staging(absolute, dir, FileTime.from(modified), recycled, removeInBackground(unused));
    }

    /** Writes one file; safe to call from several threads. */
    public void write(String path, byte[] bytes) {
        try {
            Path file = dir.resolve(path);
            folders.computeIfAbsent(file.getParent(), this::createFolder);
            try {
                writeOver(file, bytes);
            } catch (IOException e) {
                // a recycled folder may hold a folder where this build writes a file
                if (recycled.isEmpty() || !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
                deleteTree(file);
                writeOver(file, bytes);
            }
            if (recycled.isPresent()) {
                written.add(file);
            }
            // by path: Files.setLastModifiedTime opens the file a second time, which costs more than the write
            if (!file.toFile().setLastModified(modified.toMillis())) {
                throw new IOException("cannot set the modification time of " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a file, over the bytes a recycled file already has, and only then cuts off what is left. Truncating
     * first would free every block and take it again, which on a disk mounted with {@code discard} waits for the
     * disk: rewriting 20,000 files of 9 KB took 5.0-5.4 s so, 0.5-0.6 s written over.
     */
    private static void writeOver(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            // in pieces, as Files.write does: the JDK copies each into a native buffer of its size, kept per thread
            for (int at = 0; at < bytes.length; ) {
                at += channel.write(ByteBuffer.wrap(bytes, at, Math.min(WRITE_PIECE, bytes.length - at)));
            }
            channel.truncate(bytes.length);
        }
    }

    /** Creates a folder once, however many threads write into it. */
    private Boolean createFolder(Path folder) {
        try {
            if (recycled.isPresent()) {
                deleteFilesInTheWayOf(folder);
            }
            Files.createDirectories(folder);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recycled folder may hold a file where this build puts a folder, or one of the folders above it. */
    private void deleteFilesInTheWayOf(Path folder) throws IOException {
        Path path = dir;
        for (Path name : dir.relativize(folder)) {
            path = path.resolve(name);
            if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(path);
            }
        }
    }

    /** Replaces the target folder with everything written; the replaced one stays beside it until the next build. */
    public void commit() throws IOException {
        if (recycled.isPresent()) {
            recycled.get().removeUnwritten(written);
        }
        leftoversRemoved.await();
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
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                leftoversRemoved.await();
            } finally {
                deleteTree(dir);
            }
        }
    }

    /** The folders an earlier build left beside the target: the site it replaced, or its staging if it failed. */
    private static List<Path> leftovers(Path parent, String prefix) throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(sibling -> {
                String n = sibling.getFileName().toString();
                return n.startsWith(prefix + "tmp-") || n.startsWith(prefix + "old-");
            }).sorted().toList();
        }
    }

    /** Deletes the folders on a thread of its own: the wait is the disk's, and the build's threads keep computing. */
    private static BackgroundTask removeInBackground(List<Path> folders) {
        return BackgroundTask.start("adal-remove-leftovers", () -> {
            for (Path folder : folders) {
                deleteTree(folder);
            }
        });
    }

    /** Deletes a folder tree, each folder after what it holds. */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.toList();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
