package kz.adal.render;

import java.util.List;
import java.util.Map;
import kz.adal.content.GlossaryEntry;
import kz.adal.links.SitePaths;

/** The glossary of Kazakh and Russian equivalents, the same list search uses for synonyms. */
public final class GlossaryPage {
    static final String PATH = "glossary.html";
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
        model.put("entries", entries);
        return new Page(PATH, theme.render("glossary", model));
    }
}
