package kz.adal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.adal.archive.Backlink;
import kz.adal.archive.Backlinks;
import kz.adal.content.ConceptSection;
import kz.adal.content.Content;
import kz.adal.links.SitePaths;
import kz.adal.markdown.Heading;
import kz.adal.markdown.RenderedMarkdown;

/** The concept's overview with its full table of contents, and one page per section. */
public final class ConceptPages {
    /** The page with the whole concept, for printing. */
    public static final String PRINT = "concept/print.html";
    private final Theme theme;
    private final Layout layout;
    private final Backlinks backlinks;

    /** A concept page as other pages link to it. */
    public record SectionLink(String path, String title, List<Heading> headings) {
        public String url(String from) {
            return SitePaths.relative(from, path);
        }

        /** The id of the page's title heading; empty for a page without one (a problem of the run). */
        public String id() {
            return headings.isEmpty() ? "" : headings.get(0).id();
        }
    }

    /** The protocols citing a page, as a template shows them. */
    public record BacklinkView(ProtocolView protocol, List<LinkView> anchors) {
    }

    public ConceptPages(Theme theme, Layout layout, Backlinks backlinks) {
        this.theme = theme;
        this.layout = layout;
        this.backlinks = backlinks;
    }

    /** The concept's sections in order, for tables of contents anywhere on the site. */
    public static List<SectionLink> sections(Content content, Map<String, RenderedMarkdown> rendered) {
        return content.conceptSections().stream().map(section -> {
            RenderedMarkdown r = rendered.get(section.source().path());
            return new SectionLink(section.sitePath(), r.title().text(), r.headings());
        }).toList();
    }

    public List<Page> render(Content content, Map<String, RenderedMarkdown> rendered) {
        List<SectionLink> sections = sections(content, rendered);
        ConceptSection front = content.conceptFrontPage();
        RenderedMarkdown frontRendered = rendered.get(front.source().path());
        String conceptTitle = frontRendered.title().text();
        List<Page> pages = new ArrayList<>();
        pages.add(overview(front, frontRendered, sections));
        for (int i = 0; i < sections.size(); i++) {
            ConceptSection section = content.conceptSections().get(i);
            String path = section.sitePath();
            Messages t = layout.messages();
            RenderedMarkdown r = rendered.get(section.source().path());
            Map<String, Object> model = layout.model(path, t.language(), r.title().text());
            model.put("breadcrumbs", List.of(new LinkView(SitePaths.relative(path, "index.html"), t.get("nav.home")),
                    new LinkView(SitePaths.relative(path, front.sitePath()), conceptTitle)));
            model.put("body", Permalinks.add(r.html(), t.get("concept.permalink")));
            model.put("toc", toc(path, path, r.headings(), 2));
            model.put("previous", i > 0 ? link(path, sections.get(i - 1)) : null);
            model.put("next", i + 1 < sections.size() ? link(path, sections.get(i + 1)) : null);
            model.put("backlinks", backlinkViews(path, t, r));
            pages.add(new Page(path, theme.render("concept-section", model)));
        }
        pages.add(printPage(content, rendered, conceptTitle));
        return pages;
    }

    /** The whole concept on one page, in order, to print it in one go. */
    private Page printPage(Content content, Map<String, RenderedMarkdown> rendered, String conceptTitle) {
        Messages t = layout.messages();
        Map<String, Object> model = layout.model(PRINT, t.language(), conceptTitle);
        model.put("breadcrumbs", List.of(new LinkView(SitePaths.relative(PRINT, "index.html"), t.get("nav.home")),
                new LinkView(SitePaths.relative(PRINT, content.conceptFrontPage().sitePath()), conceptTitle)));
        List<String> bodies = new ArrayList<>();
        bodies.add(rendered.get(content.conceptFrontPage().source().path()).html());
        content.conceptSections().forEach(s -> bodies.add(rendered.get(s.source().path()).html()));
        model.put("bodies", bodies);
        return new Page(PRINT, theme.render("concept-print", model));
    }

    private Page overview(ConceptSection front, RenderedMarkdown r, List<SectionLink> sections) {
        String path = front.sitePath();
        Messages t = layout.messages();
        Map<String, Object> model = layout.model(path, t.language(), r.title().text());
        model.put("breadcrumbs", List.of(new LinkView(SitePaths.relative(path, "index.html"), t.get("nav.home"))));
        model.put("body", Permalinks.add(r.html(), t.get("concept.permalink")));
        List<TocEntry> toc = new ArrayList<>();
        for (SectionLink section : sections) {
            toc.add(new TocEntry(section.url(path), section.title(), toc(path, section.path(), section.headings(), 2)));
        }
        model.put("toc", toc);
        model.put("previous", null);
        model.put("next", sections.isEmpty() ? null : link(path, sections.get(0)));
        return new Page(path, theme.render("concept-overview", model));
    }

    private static LinkView link(String from, SectionLink section) {
        return new LinkView(section.url(from), section.title());
    }

    /** Headings from {@code level} down, nested: level-2 entries hold their level-3 entries. */
    private static List<TocEntry> toc(String from, String page, List<Heading> headings, int level) {
        List<TocEntry> entries = new ArrayList<>();
        String base = from.equals(page) ? "" : SitePaths.relative(from, page);
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h.level() != level) {
                continue;
            }
            List<Heading> below = new ArrayList<>();
            for (int j = i + 1; j < headings.size() && headings.get(j).level() > level; j++) {
                below.add(headings.get(j));
            }
            entries.add(new TocEntry(base + "#" + h.id(), h.text(), toc(from, page, below, level + 1)));
        }
        return entries;
    }

    /**
     * Each cited anchor named as the concept numbers it ({@link CitedNames}); those the page does not have are left
     * out here, and the link check reports them at their source.
     */
    private List<BacklinkView> backlinkViews(String path, Messages t, RenderedMarkdown page) {
        List<Backlink> citing = backlinks.to(path);
        Map<String, String> names = citing.isEmpty() ? Map.of() : CitedNames.of(page);
        List<BacklinkView> views = new ArrayList<>();
        for (Backlink backlink : citing) {
            ProtocolView protocol = ProtocolView.of(backlink.protocol(), path, t);
            List<LinkView> anchors = backlink.anchors().stream().filter(names::containsKey)
                    .map(a -> new LinkView("#" + a, names.get(a))).toList();
            views.add(new BacklinkView(protocol, anchors));
        }
        return views;
    }
}
