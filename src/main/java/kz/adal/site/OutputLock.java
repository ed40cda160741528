package kz.adal.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two builds from writing one output folder at once (a {@code build} while {@code serve} rebuilds, say): each
 * would take the other's hidden folder for a leftover. A lock on a file beside the folder, held while a build writes;
 * the file stays, since deleting a lock file lets a third build lock a new one beside a held one.
 */
final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code output} for this build, or says that another build is writing it. */
    static OutputLock acquire(Path output) throws IOException {
        Path folder = output.toAbsolutePath().normalize();
        Files.createDirectories(folder.getParent());
        FileChannel channel = FileChannel.open(folder.resolveSibling("." + folder.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            // a file system without locks (a network share mounted without them): a build is still better than none
            return new OutputLock(channel, null);
        }
        if (lock == null) {
            channel.close();
            throw new OutputFolder.Refused(output, "another adal build is writing this folder now",
                    "wait until it is done, or stop it");
        }
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock != null) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
