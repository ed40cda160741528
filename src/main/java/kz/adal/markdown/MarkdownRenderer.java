package kz.adal.markdown;

import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import kz.adal.links.LinkRewriter;
import kz.adal.links.SourceLink;

/** Renders the Markdown of a content file: CommonMark, tables, footnotes and {@code {#id}} attributes. */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                AttributesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(TablesExtension.CLASS_NAME, "table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Renders {@code body}, which starts at line {@code bodyLine} of {@code sourceFile} and is published as
     * {@code page}; links are rewritten by {@code links}.
     */
    public RenderedMarkdown render(String body, String sourceFile, int bodyLine, String page, LinkRewriter links) {
        Document document = parser.parse(body);
        List<SourceLink> sourceLinks = links.rewrite(document, sourceFile, bodyLine, page);
        List<Heading> headings = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            int line = bodyLine + node.getStartLineNumber();
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                headings.add(new Heading(heading.getLevel(), heading.getAnchorRefId(), plainText(heading), line));
            } else if (node instanceof AttributeNode attribute && attribute.isId()) {
                anchors.add(new Anchor(attribute.getValue().toString(), line));
            }
        }
        String html = sanitizer.clean(renderer.render(document));
        return new RenderedMarkdown(html, List.copyOf(headings), List.copyOf(anchors), List.copyOf(sourceLinks));
    }

    private static String plainText(Node heading) {
        return new TextCollectingVisitor().collectAndGetText(heading).replaceAll("\\s*\\{[^}]*}\\s*$", "").strip();
    }
}
