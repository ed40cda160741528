package kz.adal.render;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.adal.content.SiteConfig;
import kz.adal.links.SitePaths;

/** What every page's layout needs: the site, its UI strings per language and the build date. */
public final class Layout {
    private final SiteConfig site;
    private final Map<String, Messages> messages;
    private final LocalDate buildDate;

    public Layout(SiteConfig site, Map<String, Messages> messages, LocalDate buildDate) {
        this.site = site;
        this.messages = Map.copyOf(messages);
        this.buildDate = buildDate;
    }

    public SiteConfig site() {
        return site;
    }

    /** The UI strings of {@code lang}, or of the site's language when the theme has none for it. */
    public Messages messages(String lang) {
        return messages.getOrDefault(lang, messages.get(site.language()));
    }

    public Messages messages() {
        return messages(site.language());
    }

    /** The model every template starts from, for the page at site path {@code path}, in language {@code lang}. */
    public Map<String, Object> model(String path, String lang, String title) {
        return model(path, lang, title, title);
    }

    /**
     * As {@link #model(String, String, String)}, with {@code tabTitle} the words a browser's tab, bookmark and history
     * show first: the home page's title is the site's, named once, and other pages' add the site's after theirs.
     */
    public Map<String, Object> model(String path, String lang, String title, String tabTitle) {
        Messages t = messages(lang);
        String siteTitle = site.title(lang);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", lang);
        model.put("t", t.all());
        model.put("root", SitePaths.toRoot(path));
        model.put("path", path);
        model.put("title", title);
        model.put("siteTitle", siteTitle);
        model.put("documentTitle", tabTitle.equals(siteTitle) ? siteTitle : tabTitle + " — " + siteTitle);
        model.put("organisation", site.organisation());
        model.put("buildDate", t.date(buildDate));
        model.put("buildDateIso", buildDate.toString());
        model.put("breadcrumbs", List.of());
        return model;
    }
}
