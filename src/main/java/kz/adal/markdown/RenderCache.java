package kz.adal.markdown;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kz.adal.links.SitePaths;

/**
 * Renderings kept from one build to the next, for {@code serve}: a file whose text and place are unchanged, among
 * the same set of content files, is not rendered again. Only renderings of a build without problems are kept, so a
 * reused one has none.
 */
public final class RenderCache {
    /** What a rendering depends on besides where the other files are: the file, its text and its page. */
    private record Key(String file, String body, int bodyLine, String page) { }

    private final Map<Key, RenderedMarkdown> kept = new ConcurrentHashMap<>();
    private final Map<Key, RenderedMarkdown> current = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final boolean enabled;
    private SitePaths keptFor;
    private SitePaths currentFor;

    /** A cache that keeps renderings from one build to the next. */
    public RenderCache() {
        this(true);
    }

    private RenderCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** No cache: every file is rendered and nothing is kept (a one-off build need not hold its renderings). */
    public static RenderCache off() {
        return new RenderCache(false);
    }

    /** Starts a build; links resolve against {@code sitePaths}, so a file added, moved or removed renders all anew. */
    synchronized void begin(SitePaths sitePaths) {
        current.clear();
        reused.set(0);
        currentFor = sitePaths;
        if (!sitePaths.equals(keptFor)) {
            kept.clear();
        }
    }

    /** The kept rendering of this input, or a new one from {@code render}. Safe for several threads. */
    RenderedMarkdown get(String file, String body, int bodyLine, String page, Supplier<RenderedMarkdown> render) {
        if (!enabled) {
            return render.get();
        }
        Key key = new Key(file, body, bodyLine, page);
        RenderedMarkdown rendered = kept.get(key);
        if (rendered == null) {
            rendered = render.get();
        } else {
            reused.incrementAndGet();
        }
        current.put(key, rendered);
        return rendered;
    }

    /** The build succeeded: keep its renderings, and only those, for the next one. */
    public synchronized void keep() {
        kept.clear();
        kept.putAll(current);
        keptFor = Objects.requireNonNull(currentFor);
        current.clear();
    }

    /** How many files the last build did not render again. */
    public int reused() {
        return reused.get();
    }
}
