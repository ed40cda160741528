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
import java.util.Set;
import kz.adal.content.Problems;
import kz.adal.links.LinkRewriter;
import kz.adal.links.SourceLink;

/**
 * Renders the Markdown of a content file: CommonMark, tables, footnotes and {@code {#id}} attributes.
 * Content is untrusted: raw HTML is escaped (but for a comment, an author's note, and a line break: {@link AuthorsHtml}),
 * and an attribute other than an id or a class is refused at its line.
 */
public final class MarkdownRenderer {
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("id", "class");
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Problems problems;

    public MarkdownRenderer(Problems problems) {
        this.problems = problems;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                AttributesExtension.create(), new ScrollingTables(), new PlainText()));
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
        try {
            return parseAndRender(body, sourceFile, bodyLine, page, links);
        } catch (StackOverflowError e) {
            // flexmark renders each level of nesting one call deeper: thousands of '>' exhaust the thread's stack
            problems.add(sourceFile, bodyLine, "the text nests quotes or lists too deeply to render",
                    "use a few levels of '>' and of indented lists, not hundreds");
            return new RenderedMarkdown("", List.of(), List.of(), List.of());
        }
    }

    private RenderedMarkdown parseAndRender(String body, String sourceFile, int bodyLine, String page,
            LinkRewriter links) {
        Document document = parser.parse(body);
        SourceLines lines = new SourceLines(body, bodyLine);
        List<SourceLink> sourceLinks = links.rewrite(document, sourceFile, lines::of, page);
        List<Heading> headings = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        new AuthorsHtml(problems, sourceFile, lines).apply(document);
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                headings.add(new Heading(heading.getLevel(), heading.getAnchorRefId(), plainText(heading),
                        lines.of(node)));
            } else if (node instanceof AttributeNode attribute) {
                if (attribute.isId()) {
                    anchors.add(new Anchor(attribute.getValue().toString(), lines.of(node)));
                } else if (!attribute.isClass() && !ALLOWED_ATTRIBUTES.contains(attribute.getName().toString())) {
                    problems.add(sourceFile, lines.of(node), "the attribute '"
                            + attribute.getName() + "' is not allowed", "use only {#id} and {.class} in braces");
                    attribute.unlink();
                }
            }
        }
        String html = renderer.render(document);
        return new RenderedMarkdown(html, List.copyOf(headings), List.copyOf(anchors), List.copyOf(sourceLinks));
    }

    private static String plainText(Node heading) {
        return new TextCollectingVisitor().collectAndGetText(heading).replaceAll("\\s*\\{[^}]*}\\s*$", "").strip();
    }
}
