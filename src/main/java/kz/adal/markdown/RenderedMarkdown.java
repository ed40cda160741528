package kz.adal.markdown;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.adal.links.SourceLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A content file's body as safe HTML, with its headings, explicit anchors and internal links. */
public record RenderedMarkdown(String html, List<Heading> headings, List<Anchor> anchors, List<SourceLink> links) {

    /**
     * The first heading, which titles the page. A page without any is a problem of the run (a concept page must start
     * with its title); an empty stand-in lets the run go on to find its other problems, and the build then fails.
     */
    public Heading title() {
        return headings.isEmpty() ? new Heading(1, "", "", 1) : headings.get(0);
    }

    /** The ids of its elements (headings, anchors, footnotes), which links to its page may name. */
    public Set<String> ids() {
        return Jsoup.parseBodyFragment(html).getAllElements().stream().filter(e -> e.hasAttr("id")).map(Element::id)
                .collect(Collectors.toSet());
    }
}
