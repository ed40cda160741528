package kz.adal.site;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the site into a temporary folder beside the output folder and swaps it in only when every file is
 * written, so a failed or interrupted build leaves the previous site as it was.
 */
public final class AtomicSiteWriter {
    private final Path target;
    private final FileTime modified;

    /** Files get {@code modified} as their time, so that archives of the site are reproducible too. */
    public AtomicSiteWriter(Path target, Instant modified) {
        this.target = target.toAbsolutePath().normalize();
        this.modified = FileTime.from(modified);
    }

    public void write(Map<String, byte[]> files) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        removeLeftovers(parent, "." + name + ".");
        Path staging = Files.createTempDirectory(parent, "." + name + ".tmp-");
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
                Files.setLastModifiedTime(path, modified);
            }
            swapIn(staging, parent, name);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    private void swapIn(Path staging, Path parent, String name) throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(parent, "." + name + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
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

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
