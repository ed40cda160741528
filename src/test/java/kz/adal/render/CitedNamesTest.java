package kz.adal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import kz.adal.markdown.Anchor;
import kz.adal.markdown.Heading;
import kz.adal.markdown.RenderedMarkdown;
import org.junit.jupiter.api.Test;

/** A protocol's citations of a concept page are named as the concept numbers them, not by their ids. */
class CitedNamesTest {

    @Test
    void aHeadingIsNamedByItsOwnNumberAndAnItemByTheNumberItIsCitedBy() {
        String html = "<h2 id=\"s6\">6-бөлім. Нысаналы индикаторлар</h2>"
                + "<h3 id=\"s6-1\">6.1. 2026 жылдың қорытындысы</h3>"
                + "<ol><li id=\"s6-1-7\">Дүниежүзілік банктің индексі</li></ol>"
                + "<h2 id=\"task-3\">3-міндет. Жауапкершіліктің бұлтартпастығы</h2>"
                + "<h3 id=\"s2-1-b1\">Мемлекеттік қызметтегі алдын алу шаралары</h3>"
                + "<ol><li id=\"s5-p1\">баршаның заң алдындағы тенденцияларын анықтаудың әділдік;</li></ol>";
        RenderedMarkdown page = new RenderedMarkdown(html, List.of(
                new Heading(2, "s6", "6-бөлім. Нысаналы индикаторлар", 1),
                new Heading(3, "s6-1", "6.1. 2026 жылдың қорытындысы", 3),
                new Heading(2, "task-3", "3-міндет. Жауапкершіліктің бұлтартпастығы", 9),
                new Heading(3, "s2-1-b1", "Мемлекеттік қызметтегі алдын алу шаралары", 11)),
                List.of(new Anchor("s6", 1), new Anchor("s6-1-7", 7), new Anchor("s5-p1", 13), new Anchor("gone", 15)),
                List.of());

        assertEquals(Map.of(
                "s6", "6-бөлім",
                "s6-1", "6.1",
                "s6-1-7", "6.1.7",
                "task-3", "3-міндет",
                "s2-1-b1", "Мемлекеттік қызметтегі алдын алу шаралары",
                "s5-p1", "баршаның заң алдындағы тенденцияларын анықтаудың …",
                "gone", "gone"), CitedNames.of(page));
    }

    @Test
    void aYearBeginningAHeadingIsNoNumberOfIts() {
        // "2026 жылдың ..." begins with a number that is not the heading's own: no dot or word joins it to the text
        RenderedMarkdown page = new RenderedMarkdown("<h2 id=\"y\">2026 жылғы нәтижелер</h2>",
                List.of(new Heading(2, "y", "2026 жылғы нәтижелер", 1)), List.of(), List.of());
        assertEquals(Map.of("y", "2026 жылғы нәтижелер"), CitedNames.of(page));
    }
}
