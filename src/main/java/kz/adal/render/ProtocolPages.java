package kz.adal.render;

import java.util.List;
import java.util.Map;
import kz.adal.content.Protocol;
import kz.adal.integrity.ContentHistory;
import kz.adal.links.SitePaths;
import kz.adal.markdown.RenderedMarkdown;

/** One page per protocol: its record, what was presented, and its signatures. */
public final class ProtocolPages {
    private final Theme theme;
    private final Layout layout;
    private final ContentHistory history;

    /** A change to the protocol's source as the page shows it. */
    public record ChangeView(String date, String author) {
    }

    public ProtocolPages(Theme theme, Layout layout, ContentHistory history) {
        this.theme = theme;
        this.layout = layout;
        this.history = history;
    }

    /**
     * The page of protocol {@code i} of {@code protocols}, all in date order, which links to its neighbours. Pages
     * are independent, so that they can be rendered on every core: protocols are most of a site's pages.
     */
    public Page render(List<Protocol> protocols, int i, Map<String, RenderedMarkdown> rendered) {
        Protocol p = protocols.get(i);
        String path = p.sitePath();
        // A protocol's page speaks its language throughout: lang attribute and UI strings alike.
        Messages t = layout.messages(p.lang());
        // Each month's protocol often has the same title: its date leads, so that tabs and bookmarks tell them apart.
        Map<String, Object> model = layout.model(path, p.lang(), p.title(), t.date(p.date()) + " — " + p.title());
        model.put("breadcrumbs", List.of(
                new LinkView(SitePaths.relative(path, "index.html"), t.get("nav.home")),
                new LinkView(SitePaths.relative(path, "protocols/index.html"), t.get("nav.archive")),
                new LinkView(SitePaths.relative(path, "protocols/" + p.date().getYear() + "/index.html"),
                        Integer.toString(p.date().getYear()))));
        model.put("protocol", ProtocolView.of(p, path, t));
        model.put("body", rendered.get(p.source().path()).html());
        model.put("recorded", null);
        model.put("changed", null);
        history.of(p.source().path()).ifPresent(h -> {
            model.put("recorded", new ChangeView(t.date(h.first().date()), h.first().author()));
            model.put("changed", h.last().equals(h.first()) ? null : new ChangeView(t.date(h.last().date()), h.last().author()));
        });
        model.put("previous", i > 0 ? protocolLink(path, protocols.get(i - 1), t) : null);
        model.put("next", i + 1 < protocols.size() ? protocolLink(path, protocols.get(i + 1), t) : null);
        return new Page(path, theme.render("protocol", model));
    }

    private static LinkView protocolLink(String from, Protocol p, Messages t) {
        return new LinkView(SitePaths.relative(from, p.sitePath()), t.date(p.date()));
    }
}
