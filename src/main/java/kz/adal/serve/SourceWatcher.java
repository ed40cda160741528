package kz.adal.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the content and theme folders, subfolders included, and calls back once a burst of changes is over
 * (an editor's save is often several writes).
 */
public final class SourceWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 40;
    private final WatchService watcher;

    public SourceWatcher(List<Path> dirs) throws IOException {
        watcher = dirs.get(0).getFileSystem().newWatchService();
        for (Path dir : dirs) {
            register(dir);
        }
    }

    private void register(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(Files::isDirectory).toList()) {
                d.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    /** Blocks, calling {@code onChange} after each burst of changes, until closed. */
    public void run(Runnable onChange) throws IOException, InterruptedException {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                for (WatchKey more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                        more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    drain(more);
                }
                onChange.run();
            }
        } catch (ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    private void drain(WatchKey key) throws IOException {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                register(dir.resolve(name));
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
