package kz.adal.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Keeps only harmless markup in rendered content. flexmark already escapes raw HTML; this is the second wall,
 * for what Markdown itself can express (a {@code javascript:} link, an event attribute smuggled in {@code {...}}).
 */
public final class HtmlSanitizer {
    private static final String BASE = "http://adal.invalid/";
    private final Safelist safelist = Safelist.relaxed()
            .addAttributes(":all", "id", "class", "lang")
            .addTags("section", "hr", "sup", "sub")
            .removeProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);

    public String clean(String html) {
        return Jsoup.clean(html, BASE, safelist, output);
    }
}
