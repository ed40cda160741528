package kz.adal.site;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import kz.adal.links.LinkChecker;

/**
 * Where generated files go as soon as they are made: to the staging folder (or nowhere, for {@code check}) and,
 * for pages, to the link checker. Nothing is kept, so memory does not grow with the number of pages.
 */
public final class SiteOutput {
    private final BiConsumer<String, byte[]> sink;
    private final LinkChecker links;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();

    public SiteOutput(BiConsumer<String, byte[]> sink, LinkChecker links) {
        this.sink = sink;
        this.links = links;
    }

    /** Adds one page; safe to call from several threads. */
    public void addPage(String path, String html) {
        links.scan(path, html);
        add(path, html.getBytes(StandardCharsets.UTF_8));
        pages.incrementAndGet();
    }

    public void add(String path, byte[] bytes) {
        links.exists(path);
        sink.accept(path, bytes);
        files.incrementAndGet();
    }

    public int files() {
        return files.get();
    }

    public int pages() {
        return pages.get();
    }
}
