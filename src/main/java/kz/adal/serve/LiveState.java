package kz.adal.serve;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import kz.adal.format.Json;

/**
 * What the open pages wait for: the version of the last good build, the files each recent build changed, and the
 * problems of the last failed one. Pages ask with the version they have and are answered when it changes (long
 * polling: no WebSocket needed); a page reloads only when a file it shows was changed.
 */
public final class LiveState {
    /** How many builds' changes are remembered; a page further behind reloads whatever changed. */
    private static final int HISTORY = 64;
    private long version = 1;
    private final Deque<Set<String>> changes = new ArrayDeque<>();
    private List<String> problems = List.of();

    /** A rebuild succeeded and changed these site files. */
    public synchronized void built(Collection<String> changed) {
        version++;
        changes.addLast(Set.copyOf(changed));
        if (changes.size() > HISTORY) {
            changes.removeFirst();
        }
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
        return json(knownVersion);
    }

    /** The state as JSON; {@code changed} is null when the page is too far behind to know what changed since. */
    private String json(long knownVersion) {
        SortedSet<String> changed = null;
        long behind = version - knownVersion;
        if (knownVersion > 0 && behind >= 0 && behind <= changes.size()) {
            changed = new TreeSet<>();
            changes.stream().skip(changes.size() - behind).forEach(changed::addAll);
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", version);
        state.put("changed", changed);
        state.put("problems", problems);
        return Json.of(state);
    }
}
