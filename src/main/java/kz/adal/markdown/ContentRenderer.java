package kz.adal.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.adal.content.ConceptSection;
import kz.adal.content.Content;
import kz.adal.content.HeldBackText;
import kz.adal.content.Problems;
import kz.adal.content.Protocol;
import kz.adal.links.LinkRewriter;
import kz.adal.links.MixedScript;
import kz.adal.links.SitePaths;

/**
 * Renders every content file and checks its ids: explicit on each concept heading, unique across the concept and
 * within a protocol, written as an address can carry them, and none the theme uses itself.
 */
public final class ContentRenderer {
    /** Letters, digits and {@code - _ . :}, from a letter or digit: what a link's #fragment carries unchanged. */
    private static final Pattern USABLE_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.:-]*");
    private final MarkdownRenderer markdown;
    private final Problems problems;
    private final RenderCache cache;
    private final Set<String> themeIds;

    /** A renderer for a theme whose pages use {@code themeIds} (see {@code Theme.ids()}). */
    public ContentRenderer(Problems problems, Set<String> themeIds) {
        this(problems, RenderCache.off(), themeIds);
    }

    /** A renderer that reuses the renderings {@code cache} kept from the last good build. */
    public ContentRenderer(Problems problems, RenderCache cache, Set<String> themeIds) {
        this.problems = problems;
        this.markdown = new MarkdownRenderer(problems);
        this.cache = cache;
        this.themeIds = Set.copyOf(themeIds);
    }

    /** Where each content file that can be linked to is published: pages, and the protocols' attachments. */
    public static SitePaths sitePaths(Content content) {
        Map<String, String> published = new HashMap<>();
        published.put(content.conceptFrontPage().source().path(), content.conceptFrontPage().sitePath());
        content.conceptSections().forEach(s -> published.put(s.source().path(), s.sitePath()));
        for (Protocol protocol : content.protocols()) {
            published.put(protocol.source().path(), protocol.sitePath());
            // an attachment is published where it lies, beside a protocol in its year folder
            protocol.attachments().forEach(a -> published.put(protocol.sitePath(a), protocol.sitePath(a)));
        }
        // not published this run, for a problem of its own that the run reports: a link to it is no slip
        for (HeldBackText text : content.heldBack()) {
            published.putIfAbsent(text.source().path(), text.sitePath());
            text.attachments().forEach(a -> published.putIfAbsent(text.sitePath(a), text.sitePath(a)));
        }
        return new SitePaths(published);
    }

    /** The rendered body of each content file, by its content path: also of each protocol held back. */
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
        // not published, but their links are checked all the same
        for (HeldBackText held : content.heldBack()) {
            String file = held.source().path();
            held.text().ifPresent(body -> rendered.put(file,
                    markdown.render(body.text(), file, body.line(), held.sitePath(), links)));
        }
        return rendered;
    }

    private RenderedMarkdown renderProtocol(Protocol protocol, LinkRewriter links) {
        String file = protocol.source().path();
        RenderedMarkdown r = cache.get(file, protocol.body(), protocol.bodyLine(), protocol.sitePath(),
                () -> markdown.render(protocol.body(), file, protocol.bodyLine(), protocol.sitePath(), links));
        checkIds(file, r.anchors(), new HashMap<>());
        return r;
    }

    private void checkConceptIds(String file, RenderedMarkdown r, Map<String, String> firstUseOfId) {
        if (r.headings().isEmpty() || r.headings().get(0).level() != 1) {
            problems.add(file, 1, "a concept page must start with its title as a level-1 heading",
                    "begin the file with '# 2-бөлім. Title {#s2}'");
        }
        Set<String> explicit = r.anchors().stream().map(Anchor::id).collect(Collectors.toSet());
        for (Heading heading : r.headings()) {
            if (heading.text().isBlank()) {
                problems.add(file, heading.line(), "the heading has no text: the table of contents would show an empty line",
                        "write the heading's title before its id, e.g. '## 2.1. Title {#s2-1}'");
            } else if (!explicit.contains(heading.id())) {
                problems.add(file, heading.line(), "the heading '" + heading.text() + "' has no id",
                        "end the heading with an id that never changes, e.g. {#s2-1}; citations link to it");
            }
        }
        checkIds(file, r.anchors(), firstUseOfId);
    }

    private void checkIds(String file, List<Anchor> anchors, Map<String, String> firstUse) {
        for (Anchor anchor : anchors) {
            if (!USABLE_ID.matcher(anchor.id()).matches()) {
                problems.add(file, anchor.line(), "the id '" + anchor.id() + "' holds a space or a sign a link cannot"
                        + " carry", "use letters, digits and '-', e.g. {#s2-1-b1}");
                continue;
            }
            if (MixedScript.mixes(anchor.id())) {
                // a Cyrillic е or с in task-1 looks the same and is another id: every link to it would break
                problems.add(file, anchor.line(), "the id '" + anchor.id() + "' mixes Cyrillic letters ("
                        + MixedScript.cyrillicIn(anchor.id()) + ") with Latin ones, which look alike but make another id",
                        MixedScript.latinSpelling(anchor.id()).map(latin -> "write it in Latin letters: {#" + latin + "}")
                                .orElse("retype it with the Latin layout on"));
                continue;
            }
            if (themeIds.contains(anchor.id())) {
                problems.add(file, anchor.line(), "the id '" + anchor.id() + "' is one the theme's pages use themselves",
                        "choose another id, e.g. {#s2-" + anchor.id() + "}");
                continue;
            }
            String here = file + ":" + anchor.line();
            String first = firstUse.putIfAbsent(anchor.id(), here);
            if (first != null) {
                problems.add(file, anchor.line(), "duplicate id '" + anchor.id() + "', already used at " + first,
                        "give this heading or item its own id");
            }
        }
    }
}
