package kz.adal.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every content problem of one run, so that all of them are reported together. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(String file, int line, String message, String fix) {
        add(new Problem(file, line, message, fix));
    }

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    /** Adds every problem of {@code other}, e.g. those of one file read on another thread. */
    public void addAll(Problems other) {
        List<Problem> theirs = other.sorted();
        synchronized (this) {
            list.addAll(theirs);
        }
    }

    public synchronized int count() {
        return list.size();
    }

    public synchronized boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems in file and line order, which is how an author fixes them. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparing(Problem::message));
        return copy;
    }

    /** Ends the stage when anything went wrong: later stages would only report consequences. */
    public void throwIfAny() throws ContentException {
        if (!isEmpty()) {
            throw new ContentException(sorted());
        }
    }
}
