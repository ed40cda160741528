package kz.adal.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.adal.content.GlossaryEntry;
import kz.adal.links.SitePaths;

/**
 * The glossary of Kazakh and Russian equivalents, the same list search uses for synonyms; each term opens the search
 * page for it, which finds it in either language.
 */
public final class GlossaryPage {
    static final String PATH = "glossary.html";
    private static final String SEARCH_PAGE = "search/index.html";
    private final Theme theme;
    private final Layout layout;

    public GlossaryPage(Theme theme, Layout layout) {
        this.theme = theme;
        this.layout = layout;
    }

    public Page render(List<GlossaryEntry> entries) {
        Messages t = layout.messages();
        Map<String, Object> model = layout.model(PATH, t.language(), t.get("glossary.title"));
        model.put("breadcrumbs", List.of(new LinkView(SitePaths.relative(PATH, "index.html"), t.get("nav.home"))));
        model.put("entries", entries.stream().map(e -> new EntryView(searchLinks(e.kk()), searchLinks(e.ru()))).toList());
        return new Page(PATH, theme.render("glossary", model));
    }

    private static List<LinkView> searchLinks(List<String> terms) {
        return terms.stream().map(term -> new LinkView(SitePaths.relative(PATH, SEARCH_PAGE) + "?q="
                + URLEncoder.encode(term, StandardCharsets.UTF_8), term)).toList();
    }

    /** One row: the Kazakh terms and the Russian ones, each a link to its search. */
    public record EntryView(List<LinkView> kk, List<LinkView> ru) {
    }
}
