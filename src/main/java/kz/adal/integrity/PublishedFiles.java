package kz.adal.integrity;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/** The SHA-256 of every file a build publishes, taken as each is written; safe for several threads. */
public final class PublishedFiles {
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    public void add(String path, byte[] bytes) {
        hashes.put(path, Sha256.of(bytes));
    }

    /** A sink that records each file's hash, then passes the file on to {@code sink}. */
    public BiConsumer<String, byte[]> recording(BiConsumer<String, byte[]> sink) {
        return (path, bytes) -> {
            add(path, bytes);
            sink.accept(path, bytes);
        };
    }

    /** Path (relative to the site, with '/') to hash, sorted by path. */
    public SortedMap<String, String> hashes() {
        return new TreeMap<>(hashes);
    }
}
