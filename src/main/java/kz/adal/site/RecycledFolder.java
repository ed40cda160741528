package kz.adal.site;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An earlier build's leftover folder taken as the new staging folder: the build overwrites the files it writes
 * again and {@link #removeUnwritten} deletes the rest. Overwriting a file keeps its inode, while deleting a whole site
 * and creating it anew costs every inode twice (on a file system without a journal, ext4 scans past each recently
 * deleted inode before it hands out a new one: 23,000 files took 4-10 s of system time instead of 1 s).
 */
final class RecycledFolder {
    private final List<Path> files;
    /** Folders in the order a walk met them, so each comes before what it holds. */
    private final List<Path> folders;

    private RecycledFolder(List<Path> files, List<Path> folders) {
        this.files = files;
        this.folders = folders;
    }

    /**
     * Moves {@code leftover} to {@code staging}, an empty folder that it replaces, when it holds only folders and
     * regular files that have no other name: a symbolic link could point the build's writes outside the site, and
     * overwriting a file with a second name (a snapshot made with {@code cp -al}, say) would change that copy too.
     * Empty when it cannot be used, and where the file system cannot tell how many names a file has.
     */
    static Optional<RecycledFolder> take(Path leftover, Path staging) throws IOException {
        if (!Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)
                || !leftover.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return Optional.empty();
        }
        PlainTree tree = new PlainTree();
        Files.walkFileTree(leftover, tree);
        if (!tree.plain) {
            return Optional.empty();
        }
        Files.delete(staging);
        try {
            Files.move(leftover, staging, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.createDirectory(staging);
            return Optional.empty();
        }
        return Optional.of(new RecycledFolder(moved(tree.files, leftover, staging), moved(tree.folders, leftover, staging)));
    }

    /** Deletes what the folder held and the build did not write again, and then the folders left empty. */
    void removeUnwritten(Set<Path> written) throws IOException {
        // a path the build made a folder, or that a file of the build replaced along with its folder, is no file now
        for (Path file : files) {
            if (!written.contains(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(file);
            }
        }
        // deepest first; the staging folder itself, the first, stays
        for (int i = folders.size() - 1; i > 0; i--) {
            Path folder = folders.get(i);
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                deleteIfEmpty(folder);
            }
        }
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try {
            Files.delete(folder);
        } catch (DirectoryNotEmptyException e) {
            // the build wrote into it
        }
    }

    private static List<Path> moved(List<Path> paths, Path from, Path to) {
        return paths.stream().map(path -> to.resolve(from.relativize(path))).toList();
    }

    /**
     * Lists a tree's files and folders, and stops at anything else (a link, a device, a pipe), at a file with a second
     * name, or at what it cannot read.
     */
    private static final class PlainTree extends SimpleFileVisitor<Path> {
        private final List<Path> files = new ArrayList<>();
        private final List<Path> folders = new ArrayList<>();
        private boolean plain = true;

        @Override
        public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
            folders.add(folder);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            if (!attributes.isRegularFile() || (int) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS) > 1) {
                plain = false;
                return FileVisitResult.TERMINATE;
            }
            files.add(file);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            plain = false;
            return FileVisitResult.TERMINATE;
        }
    }
}
