package kz.adal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text renders byte for byte as flexmark's own renderer renders it, only faster. */
class PlainTextTest {
    private static final List<String> TEXTS = List.of(
            "Қазақстан Республикасының 2022 - 2026 жылдарға арналған «тұжырымдамасы»",
            "a < b > c & d \"quoted\" 'single'",
            "escaped \\* star, \\[bracket\\], a Windows path C:\\docs\\акт and a trailing backslash\\",
            "entities &amp; &lt;tag&gt; &#1178; &#x49b; &copy; &notanentity; & alone",
            "**bold** and *emphasis* with <b>raw</b> and <script>alert(1)</script>",
            "line one\r\nline two\rline three\nline four",
            "a hard break  \nafter two spaces\\\nand a backslash",
            "| a & b | \"c\" |\n| --- | --- |\n| <x> | \\| |",
            "- item & \"one\"\n- item \\- two\n\n1) numbered > three");

    @Test
    void rendersEveryTextAsFlexmarkDoes() {
        for (String text : TEXTS) {
            assertEquals(render(text, List.of()), render(text, List.of(new PlainText())), text);
        }
    }

    @Test
    void escapesOnlyWhatFlexmarkEscapes() {
        assertEquals("жемқорлық", PlainText.escaped("жемқорлық"));
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt; '", PlainText.escaped("<a href=\"x\">&</a> '"));
    }

    private static String render(String markdown, List<Extension> more) {
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create()));
        extensions.addAll(more);
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }
}
