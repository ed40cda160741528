package kz.adal.site;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The whole generated site in memory, by site path, sorted so that writing it is deterministic. */
public final class SiteOutput {
    private final NavigableMap<String, byte[]> files = new TreeMap<>();
    private final int protocolCount;

    public SiteOutput(int protocolCount) {
        this.protocolCount = protocolCount;
    }

    public int protocolCount() {
        return protocolCount;
    }

    public void add(String path, String text) {
        add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public void add(String path, byte[] bytes) {
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalStateException("two generated files share the path " + path);
        }
    }

    public Map<String, byte[]> files() {
        return Collections.unmodifiableMap(files);
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    public long pageCount() {
        return files.keySet().stream().filter(p -> p.endsWith(".html")).count();
    }
}
