package kz.adal.site;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import kz.adal.content.Problems;
import kz.adal.links.LinkChecker;
import kz.adal.render.SafeMarkup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Where generated files go as soon as they are made: to the sink (the staging folder, or nowhere for {@code check})
 * and, for pages, through the markup check and to the link checker. Only page paths are kept, not their text, so
 * memory grows little with the number of pages.
 */
public final class SiteOutput {
    private final BiConsumer<String, byte[]> sink;
    private final LinkChecker links;
    private final Problems problems;
    private final SafeMarkup safeMarkup = new SafeMarkup();
    private final Set<String> pagePaths = ConcurrentHashMap.newKeySet();

    public SiteOutput(BiConsumer<String, byte[]> sink, LinkChecker links, Problems problems) {
        this.sink = sink;
        this.links = links;
        this.problems = problems;
    }

    /** Adds one page, after checking its markup and recording its links; safe to call from several threads. */
    public void addPage(String path, String html) {
        Document page = Jsoup.parse(html);
        safeMarkup.problemIn(page).ifPresent(unsafe -> problems.add("site/" + path, 1, "unsafe markup " + unsafe,
                "content must not reach the page as markup; report this with the content that caused it"));
        links.scan(path, page);
        add(path, html.getBytes(StandardCharsets.UTF_8));
        pagePaths.add(path);
    }

    public void add(String path, byte[] bytes) {
        links.exists(path);
        sink.accept(path, bytes);
    }

    public int pages() {
        return pagePaths.size();
    }

    /** The path of every page added so far. */
    public Set<String> pagePaths() {
        return Set.copyOf(pagePaths);
    }
}
