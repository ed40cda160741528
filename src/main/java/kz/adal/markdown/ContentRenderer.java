package kz.adal.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.adal.content.ConceptSection;
import kz.adal.content.Content;
import kz.adal.content.Problems;
import kz.adal.content.Protocol;
import kz.adal.links.LinkRewriter;
import kz.adal.links.SitePaths;

/** Renders every content file and checks the concept's ids: explicit on each heading, unique across the concept. */
public final class ContentRenderer {
    private final MarkdownRenderer markdown;
    private final Problems problems;
    private final RenderCache cache;

    public ContentRenderer(Problems problems) {
        this(problems, RenderCache.off());
    }

    /** A renderer that reuses the renderings {@code cache} kept from the last good build. */
    public ContentRenderer(Problems problems, RenderCache cache) {
        this.problems = problems;
        this.markdown = new MarkdownRenderer(problems);
        this.cache = cache;
    }

    /** Where each content file is published. */
    public static SitePaths sitePaths(Content content) {
        Map<String, String> pages = new HashMap<>();
        pages.put(content.conceptFrontPage().source().path(), content.conceptFrontPage().sitePath());
        content.conceptSections().forEach(s -> pages.put(s.source().path(), s.sitePath()));
        content.protocols().forEach(p -> pages.put(p.source().path(), p.sitePath()));
        return new SitePaths(pages);
    }

    /** The rendered body of each content file, by its content path. */
    public Map<String, RenderedMarkdown> render(Content content) {
        SitePaths sitePaths = sitePaths(content);
        cache.begin(sitePaths);
        LinkRewriter links = new LinkRewriter(sitePaths, problems);
        List<ConceptSection> concept = new ArrayList<>();
        concept.add(content.conceptFrontPage());
        concept.addAll(content.conceptSections());
        Map<String, RenderedMarkdown> rendered = new TreeMap<>();
        Map<String, String> firstUseOfId = new HashMap<>();
        for (ConceptSection section : concept) {
            String file = section.source().path();
            RenderedMarkdown r = cache.get(file, section.body(), 1, section.sitePath(),
                    () -> markdown.render(section.body(), file, 1, section.sitePath(), links));
            checkConceptIds(file, r, firstUseOfId);
            rendered.put(file, r);
        }
        List<Map.Entry<String, RenderedMarkdown>> protocols = content.protocols().parallelStream()
                .map(p -> Map.entry(p.source().path(), renderProtocol(p, links)))
                .collect(Collectors.toList());
        protocols.forEach(e -> rendered.put(e.getKey(), e.getValue()));
        return rendered;
    }

    private RenderedMarkdown renderProtocol(Protocol protocol, LinkRewriter links) {
        String file = protocol.source().path();
        RenderedMarkdown r = cache.get(file, protocol.body(), protocol.bodyLine(), protocol.sitePath(),
                () -> markdown.render(protocol.body(), file, protocol.bodyLine(), protocol.sitePath(), links));
        checkUnique(file, r.anchors(), new HashMap<>());
        return r;
    }

    private void checkConceptIds(String file, RenderedMarkdown r, Map<String, String> firstUseOfId) {
        if (r.headings().isEmpty() || r.headings().get(0).level() != 1) {
            problems.add(file, 1, "a concept page must start with its title as a level-1 heading",
                    "begin the file with '# 2-бөлім. Title {#s2}'");
        }
        Set<String> explicit = r.anchors().stream().map(Anchor::id).collect(Collectors.toSet());
        for (Heading heading : r.headings()) {
            if (!explicit.contains(heading.id())) {
                problems.add(file, heading.line(), "the heading '" + heading.text() + "' has no id",
                        "end the heading with an id that never changes, e.g. {#s2-1}; citations link to it");
            }
        }
        checkUnique(file, r.anchors(), firstUseOfId);
    }

    private void checkUnique(String file, List<Anchor> anchors, Map<String, String> firstUse) {
        for (Anchor anchor : anchors) {
            String here = file + ":" + anchor.line();
            String first = firstUse.putIfAbsent(anchor.id(), here);
            if (first != null) {
                problems.add(file, anchor.line(), "duplicate id '" + anchor.id() + "', already used at " + first,
                        "give this heading or item its own id");
            }
        }
    }
}
