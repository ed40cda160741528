package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Work on a thread of its own fails the build as if it had run on the build's thread. */
class BackgroundTaskTest {

    @Test
    void awaitReturnsOnceTheWorkIsDone() throws IOException {
        AtomicBoolean done = new AtomicBoolean();
        BackgroundTask.start("test", () -> done.set(true)).await();
        assertTrue(done.get());
    }

    @Test
    void anIoProblemIsThrownAsItself() {
        IOException problem = new IOException("disk full");
        BackgroundTask task = BackgroundTask.start("test", () -> {
            throw problem;
        });
        assertSame(problem, assertThrows(IOException.class, task::await));
    }

    @Test
    void runningOutOfMemoryIsThrownAsItself() {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");
        BackgroundTask task = BackgroundTask.start("test", () -> {
            throw error;
        });
        assertSame(error, assertThrows(OutOfMemoryError.class, task::await));
    }
}
