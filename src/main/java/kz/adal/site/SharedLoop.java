package kz.adal.site;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * A loop over {@code 0..n-1} run on this thread and on each of the common pool's, every thread taking the next
 * index when it is done with one. A parallel stream splits the range in halves instead, and Java 17's pool lets
 * a thread from outside it that waits for a half a worker took spin until that half is done: 2-5 % of a large
 * build's CPU time, on two cores shared with the search index. Here the wait at the end is one item's at most.
 */
final class SharedLoop {

    private SharedLoop() {
    }

    /**
     * Runs {@code body} for each index. The first exception stops the loop and is thrown as it was, on this thread,
     * once the items begun are done.
     */
    static void run(int n, IntConsumer body) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable drain = () -> {
            try {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    body.accept(i);
                }
            } catch (RuntimeException | Error e) {
                next.set(n);
                failure.compareAndSet(null, e);
            }
        };
        List<ForkJoinTask<?>> helpers = Stream.<ForkJoinTask<?>>generate(() -> ForkJoinTask.adapt(drain).fork())
                .limit(ForkJoinPool.getCommonPoolParallelism()).toList();
        drain.run();
        // the helpers write into the staging folder, which a failed build deletes next
        helpers.forEach(ForkJoinTask::join);
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        } else if (failure.get() instanceof Error e) {
            throw e;
        }
    }
}
