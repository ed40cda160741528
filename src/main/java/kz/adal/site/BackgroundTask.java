package kz.adal.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Work a build runs on a thread of its own while it goes on, and waits for where it needs that work done. */
final class BackgroundTask {
    /** The work: file work, so it may throw {@link IOException}. */
    interface Work {
        void run() throws IOException;
    }

    private final CompletableFuture<Void> done;

    private BackgroundTask(CompletableFuture<Void> done) {
        this.done = done;
    }

    /** Starts {@code work} on a daemon thread called {@code name}. */
    static BackgroundTask start(String name, Work work) {
        return new BackgroundTask(CompletableFuture.runAsync(() -> {
            try {
                work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** A task with nothing to do: waiting for it returns at once. */
    static BackgroundTask none() {
        return new BackgroundTask(CompletableFuture.completedFuture(null));
    }

    /** Waits until the work is done; what it threw is thrown here, as if it had run on this thread. */
    void await() throws IOException {
        try {
            done.join();
        } catch (CompletionException e) {
            // an out-of-memory error, say, is then reported as such
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            } else if (cause instanceof RuntimeException r) {
                throw r;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
