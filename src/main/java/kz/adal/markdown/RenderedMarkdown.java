package kz.adal.markdown;

import java.util.List;
import kz.adal.links.SourceLink;

/** A content file's body as safe HTML, with its headings, explicit anchors and internal links. */
public record RenderedMarkdown(String html, List<Heading> headings, List<Anchor> anchors, List<SourceLink> links) {

    /** The first heading, which titles the page. */
    public Heading title() {
        return headings.get(0);
    }
}
