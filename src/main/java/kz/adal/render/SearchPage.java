package kz.adal.render;

import java.util.List;
import java.util.Map;
import kz.adal.links.SitePaths;

/** The full results page, {@code search/index.html?q=...}: shareable links, filters by type and year. */
public final class SearchPage {
    static final String PATH = "search/index.html";
    private final Theme theme;
    private final Layout layout;

    public SearchPage(Theme theme, Layout layout) {
        this.theme = theme;
        this.layout = layout;
    }

    public Page render(List<Integer> years) {
        Messages t = layout.messages();
        Map<String, Object> model = layout.model(PATH, t.language(), t.get("search.title"));
        model.put("breadcrumbs", List.of(new LinkView(SitePaths.relative(PATH, "index.html"), t.get("nav.home"))));
        model.put("years", years);
        return new Page(PATH, theme.render("search", model));
    }
}
