package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class SharedLoopTest {

    @Test
    void everyIndexRunsOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(10_000);
        SharedLoop.run(runs.length(), runs::incrementAndGet);
        for (int i = 0; i < runs.length(); i++) {
            assertEquals(1, runs.get(i), "index " + i);
        }
    }

    @Test
    void thisThreadWorksTooSoThatAnEmptyPoolCannotStallTheLoop() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        SharedLoop.run(200, i -> {
            threads.add(Thread.currentThread());
            pause(1);
        });
        assertTrue(threads.contains(Thread.currentThread()), threads.toString());
    }

    @Test
    void theFirstFailureStopsTheLoopAndIsThrownWhenEveryThreadHasStopped() {
        Thread caller = Thread.currentThread();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> SharedLoop.run(10_000, i -> {
            running.incrementAndGet();
            started.incrementAndGet();
            try {
                // the pool's threads are in the middle of a slow item when this thread fails
                pause(Thread.currentThread() == caller ? 1 : 50);
                if (Thread.currentThread() == caller && i >= 20) {
                    throw new IllegalStateException("a page failed");
                }
            } finally {
                running.decrementAndGet();
            }
        }));
        assertEquals("a page failed", thrown.getMessage());
        assertEquals(0, running.get(), "a thread still runs the loop's work after it returned");
        assertTrue(started.get() < 100, started.get() + " items begun after the failure");
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
