package kz.adal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.adal.content.Problems;
import kz.adal.links.LinkRewriter;
import kz.adal.links.SitePaths;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final Problems problems = new Problems();
    private final LinkRewriter links = new LinkRewriter(new SitePaths(Map.of(
            "concept/02-current-situation.md", "concept/02-current-situation.html",
            "protocols/2024/2024-08-12.md", "protocols/2024/2024-08-12.html")), problems);
    private final MarkdownRenderer renderer = new MarkdownRenderer(problems);

    @Test
    void explicitIdsGoOnHeadingsAndNumberedItems() {
        RenderedMarkdown r = renderer.render("# 2-бөлім. Талдау {#s2}\n\n## 2.1. Нәтижелер {#s2-1}\n\n"
                + "1) бірінші; {#s2-1-1}\n2) екінші. {#s2-1-2}\n", "concept/02-current-situation.md", 1,
                "concept/02-current-situation.html", links);
        assertTrue(r.html().contains("<h1 id=\"s2\">2-бөлім. Талдау</h1>"), r.html());
        assertTrue(r.html().contains("<li id=\"s2-1-1\">бірінші;</li>"), r.html());
        assertEquals(List.of("s2", "s2-1"), r.headings().stream().map(Heading::id).toList());
        assertEquals("2.1. Нәтижелер", r.headings().get(1).text());
        assertEquals(3, r.headings().get(1).line());
        assertEquals(List.of("s2", "s2-1", "s2-1-1", "s2-1-2"), r.anchors().stream().map(Anchor::id).toList());
    }

    @Test
    void linksToSourceFilesBecomeSiteLinksWithTheirLine() {
        RenderedMarkdown r = renderer.render("Мәтін.\n\n[2.1](../../concept/02-current-situation.md#s2-1)\n",
                "protocols/2024/2024-08-12.md", 30, "protocols/2024/2024-08-12.html", links);
        assertTrue(r.html().contains("href=\"../../concept/02-current-situation.html#s2-1\""), r.html());
        assertEquals(1, r.links().size());
        assertEquals(32, r.links().get(0).line());
        assertEquals("s2-1", r.links().get(0).fragment());
        assertTrue(problems.isEmpty());
    }

    @Test
    void aLinkToAMissingFileIsAProblemAtItsLine() {
        renderer.render("\n[x](../../concept/99-none.md)\n", "protocols/2024/2024-08-12.md", 10,
                "protocols/2024/2024-08-12.html", links);
        assertEquals(1, problems.count());
        assertEquals(11, problems.sorted().get(0).line());
    }

    /** A folder or a query names no content file: each is said at its line, with the link that was meant. */
    @Test
    void aLinkToAFolderOrWithAQueryIsAProblemThatSaysWhy() {
        renderer.render("[x](../../concept/)\n\n[y](..)\n\n[z](../../concept/02-current-situation.md?v=2#s2-1)\n",
                "protocols/2024/2024-08-12.md", 10, "protocols/2024/2024-08-12.html", links);
        List<String> said = problems.sorted().stream().map(p -> p.line() + ": " + p.message() + " (" + p.fix() + ")").toList();
        assertEquals(List.of(
                "10: broken link: '../../concept/' names a folder, not a content file (link to a .md file, relative to"
                        + " this file, e.g. '../../concept/_index.md' for the concept's overview)",
                "12: broken link: '..' names a folder, not a content file (link to a .md file, relative to this file,"
                        + " e.g. '../../concept/_index.md' for the concept's overview)",
                "14: the link '../../concept/02-current-situation.md?v=2#s2-1' has a query ('?v=2'), which a page of the"
                        + " site does not read (remove '?v=2')"), said);
    }

    @Test
    void rawHtmlIsEscaped() {
        RenderedMarkdown r = renderer.render("<script>alert(1)</script>\n\nа <b onclick=x>b</b>\n",
                "protocols/2024/2024-08-12.md", 1, "protocols/2024/2024-08-12.html", links);
        assertFalse(r.html().contains("<script"), r.html());
        assertFalse(r.html().contains("<b "), r.html());
        assertTrue(r.html().contains("&lt;script&gt;"), r.html());
        assertTrue(problems.isEmpty());
    }

    @Test
    void scriptUrlsAndEventAttributesAreRefusedAtTheirLine() {
        RenderedMarkdown r = renderer.render("а\n\n[c](javascript:alert(1))\n\nб {onclick=\"alert(2)\"}\n\n[d](JavaScript:x)\n",
                "protocols/2024/2024-08-12.md", 1, "protocols/2024/2024-08-12.html", links);
        assertEquals(List.of(3, 5, 7), problems.sorted().stream().map(p -> p.line()).toList(), problems.sorted().toString());
        assertFalse(r.html().toLowerCase().contains("javascript:"), r.html());
        assertFalse(r.html().contains("onclick"), r.html());
    }

    /** A comment is an author's note, for the next author, not for readers; a {@code <br>} breaks the line. */
    @Test
    void aCommentIsLeftOutAndABrBreaksTheLineWhileOtherHtmlStaysText() {
        RenderedMarkdown r = renderer.render("<!-- ескерту: келесі айда жаңарту -->\n\nҚатысқандар тізімі<br>қосымшада"
                + " <!-- тексеру -->.\n\n<u>Маңызды</u><BR/>\n",
                "protocols/2024/2024-08-12.md", 1, "protocols/2024/2024-08-12.html", links);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertFalse(r.html().contains("ескерту"), r.html());
        assertFalse(r.html().contains("тексеру"), r.html());
        assertTrue(r.html().contains("<p>Қатысқандар тізімі<br />\nқосымшада .</p>"), r.html());
        assertTrue(r.html().contains("<p>&lt;u&gt;Маңызды&lt;/u&gt;<br />"), r.html());
    }

    /** Nothing closes it, so it would hide the rest of the protocol: said where it opens. */
    @Test
    void aCommentLeftOpenIsAProblemAtItsLine() {
        renderer.render("Бірінші.\n\n<!-- ескерту\n\nЕкінші.\n", "protocols/2024/2024-08-12.md", 20,
                "protocols/2024/2024-08-12.html", links);
        assertEquals(List.of(22), problems.sorted().stream().map(p -> p.line()).toList(), problems.sorted().toString());
        assertEquals("the comment '<!--' opened here is never closed: all the text after it would be left out of the"
                + " page", problems.sorted().get(0).message());
    }

    /** A comment block ends with its line: text after its '-->' there would go with it. */
    @Test
    void textAfterACommentOnItsLastLineIsAProblemThere() {
        renderer.render("Бірінші.\n\n<!-- ескерту,\nекінші жол --> Маңызды мәтін.\n", "protocols/2024/2024-08-12.md", 20,
                "protocols/2024/2024-08-12.html", links);
        assertEquals(List.of(23), problems.sorted().stream().map(p -> p.line()).toList(), problems.sorted().toString());
        assertEquals("start that text on a line of its own", problems.sorted().get(0).fix());
    }

    /** A document on the hospital's share: answered with what publishes it, not with a warning about scripts. */
    @Test
    void aLinkToAFileOnAShareIsAnsweredWithAnAttachment() {
        RenderedMarkdown r = renderer.render("[a](file://///server/share/%D0%B1%D2%B1%D0%B9%D1%80%D1%8B%D2%9B.pdf)\n\n"
                + "[b](\\\\server\\share\\buyryk.pdf)\n\n[c](C:\\docs\\buyryk.pdf)\n\n[d](file:///C:/docs/buyryk.pdf)\n",
                "protocols/2024/2024-08-12.md", 1, "protocols/2024/2024-08-12.html", links);
        assertEquals(List.of(1, 3, 5, 7), problems.sorted().stream().map(p -> p.line()).toList(), problems.sorted().toString());
        for (var problem : problems.sorted()) {
            assertTrue(problem.message().endsWith("names a file on a computer or a network share: the site does not"
                    + " hold it, and a browser does not follow such a link from a page on a web server"), problem.message());
        }
        assertEquals("copy the file beside the protocol, list it under 'attachments:' ('- {file: бұйрық.pdf, title: ...}')"
                + " and link to 'бұйрық.pdf'; or link to its address on a web server", problems.sorted().get(0).fix());
        assertTrue(problems.sorted().get(1).fix().contains("'- {file: buyryk.pdf, title: ...}'"), problems.sorted().get(1).fix());
        assertFalse(r.html().contains("buyryk"), r.html());
    }

    @Test
    void tablesRenderInABoxThatScrollsAndFootnotesRender() {
        RenderedMarkdown r = renderer.render("| a | b |\n|---|---|\n| 1 | 2 |\n\nМәтін[^1].\n\n[^1]: Ескерту.\n",
                "protocols/2024/2024-08-12.md", 1, "protocols/2024/2024-08-12.html", links);
        assertTrue(r.html().contains("<div class=\"table-scroll\" tabindex=\"0\">\n<table class=\"table\">"), r.html());
        assertTrue(r.html().contains("</table>\n</div>"), r.html());
        assertTrue(r.html().contains("Ескерту."), r.html());
        assertTrue(r.html().contains("<sup"), r.html());
    }
}
