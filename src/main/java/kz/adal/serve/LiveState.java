package kz.adal.serve;

import java.util.List;

/**
 * What the open pages wait for: the version of the last good build, and the problems of the last failed one.
 * Pages ask with the version they have and are answered when it changes (long polling: no WebSocket needed).
 */
public final class LiveState {
    private long version = 1;
    private List<String> problems = List.of();

    /** A rebuild succeeded: pages reload. */
    public synchronized void built() {
        version++;
        problems = List.of();
        notifyAll();
    }

    /** A rebuild failed: pages show why, and the last good site stays served. */
    public synchronized void failed(List<String> problems) {
        this.problems = List.copyOf(problems);
        notifyAll();
    }

    /** The state once it differs from what the page knows, or after {@code timeoutMillis}. */
    public synchronized String awaitChange(long knownVersion, int knownProblems, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (version == knownVersion && problems.size() == knownProblems) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return json();
    }

    private String json() {
        StringBuilder out = new StringBuilder("{\"version\":").append(version).append(",\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            out.append(i == 0 ? "" : ",").append(kz.adal.render.Json.of(problems.get(i)));
        }
        return out.append("]}").toString();
    }
}
