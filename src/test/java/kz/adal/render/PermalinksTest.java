package kz.adal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Each heading and cited item of the concept links to itself, after its own text; nothing else changes. */
class PermalinksTest {
    private static final String LINK = "<a class=\"permalink\" href=\"#%s\" aria-label=\"Осы жерге сілтеме\""
            + " title=\"Осы жерге сілтеме\">¶</a>";

    private static String link(String id) {
        return String.format(LINK, id);
    }

    private static String add(String html) {
        return Permalinks.add(html, "Осы жерге сілтеме");
    }

    @Test
    void aHeadingLinksToItselfAfterItsText() {
        assertEquals("<h2 id=\"s2-1\">2.1. Қол жеткізілген нәтижелер " + link("s2-1") + "</h2>\n<p>Мәтін.</p>",
                add("<h2 id=\"s2-1\">2.1. Қол жеткізілген нәтижелер</h2>\n<p>Мәтін.</p>"));
    }

    @Test
    void anItemLinksToItselfBeforeItsNestedList() {
        assertEquals("<ol>\n<li id=\"s6-1-1\">индекс; " + link("s6-1-1") + "</li>\n<li id=\"task-1\">міндет "
                + link("task-1") + "<ul><li>бірі</li></ul></li>\n</ol>",
                add("<ol>\n<li id=\"s6-1-1\">индекс;</li>\n<li id=\"task-1\">міндет<ul><li>бірі</li></ul></li>\n</ol>"));
    }

    @Test
    void anItemOfParagraphsLinksToItselfInItsFirst() {
        assertEquals("<ul><li id=\"s3-t1\"><p>бірінші " + link("s3-t1") + "</p><p>екінші</p></li></ul>",
                add("<ul><li id=\"s3-t1\"><p>бірінші</p><p>екінші</p></li></ul>"));
    }

    @Test
    void whatHasNoIdIsLeftAsItWas() {
        String html = "<h3>Тақырып</h3>\n<ul>\n<li>тармақ &amp; <em>екпін</em></li>\n</ul>\n<p id=\"x\">абзац</p>";
        assertEquals(html, add(html));
    }

    @Test
    void theTextReadsAsBeforeButForTheMarks() {
        String html = "<h2 id=\"s6-1\">6.1. индикаторлар:</h2><ol><li id=\"s6-1-7\">индексі – 48-50 процентиль;</li></ol>";
        Document before = Jsoup.parseBodyFragment(html);
        Document after = Jsoup.parseBodyFragment(add(html));
        after.select("a.permalink").remove();
        assertEquals(before.text(), after.text());
    }
}
