package kz.adal.render;

import java.util.Map;

/**
 * The 404 page. A web server shows it at any depth, so its links are absolute from the site's base path,
 * the one place where {@code base_path} matters.
 */
public final class NotFoundPage {
    private static final String PATH = "404.html";
    private final Theme theme;
    private final Layout layout;

    public NotFoundPage(Theme theme, Layout layout) {
        this.theme = theme;
        this.layout = layout;
    }

    public Page render() {
        Messages t = layout.messages();
        Map<String, Object> model = layout.model(PATH, t.language(), t.get("notfound.title"));
        model.put("root", layout.site().basePath());
        return new Page(PATH, theme.render("404", model));
    }
}
