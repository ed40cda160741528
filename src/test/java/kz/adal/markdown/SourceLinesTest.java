package kz.adal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLinesTest {

    @Test
    void everyNodeGetsTheLineFlexmarkCounts() throws IOException {
        String body = fixture("/markdown/lines-of-every-construct.md");
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                AttributesExtension.create()));
        Document document = Parser.builder(options).build().parse(body);
        SourceLines lines = new SourceLines(body, 7);
        int nodes = 0;
        int lastLine = 0;
        for (Node node : document.getDescendants()) {
            assertEquals(7 + node.getStartLineNumber(), lines.of(node), node + " at " + node.getStartOffset());
            lastLine = Math.max(lastLine, lines.of(node));
            nodes++;
        }
        assertTrue(nodes > 50, "the fixture has every construct: " + nodes + " nodes");
        // the footnote's continuation, after \r\n and a lone \r were counted as line ends
        assertEquals(7 + 30, lastLine);
    }

    @Test
    void aBodyOfOneLineIsAllOnItsFirstLine() {
        Document document = Parser.builder().build().parse("бір жол");
        assertEquals(12, new SourceLines("бір жол", 12).of(document.getFirstChild()));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = SourceLinesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
