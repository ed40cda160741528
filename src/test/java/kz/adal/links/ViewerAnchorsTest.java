package kz.adal.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The anchors Markdown viewers give headings, from their words, and the heading a link so written names. */
class ViewerAnchorsTest {

    @Test
    void aViewerNamesAHeadingByItsWordsInSmallLettersWithoutSigns() {
        assertEquals("21-қол-жеткізілген-нәтижелер", ViewerAnchors.of("2.1. Қол жеткізілген нәтижелер"));
        assertEquals("22-uni-pass-жүйесі", ViewerAnchors.of("2.2. «UNI-PASS» жүйесі"));
        assertEquals("e-өтініш_сервисі", ViewerAnchors.of("\"e-Өтініш\"_сервисі"));
    }

    @Test
    void aHeadingIsNamedWholeOrByTheStartOfItsWordsAndOnlyWhenOneIs() {
        Map<String, String> headings = Map.of("task-3", "3-міндет. Жауапкершілік", "task-4", "4-міндет. Жария ету",
                "s1", "Міндеттер", "s2", "Міндеттер мен шаралар");
        assertEquals(Optional.of("task-3"), ViewerAnchors.idNamed("3-міндет", headings));
        assertEquals(Optional.of("task-3"), ViewerAnchors.idNamed("3-міндет-жауапкершілік-task-3", headings),
                "as GitHub shows it, the {#task-3} after the words");
        assertEquals(Optional.of("task-4"), ViewerAnchors.idNamed("4-%D0%BC%D1%96%D0%BD%D0%B4%D0%B5%D1%82", headings));
        assertEquals(Optional.of("s1"), ViewerAnchors.idNamed("Міндеттер", headings), "whole before begun");
        assertEquals(Optional.empty(), ViewerAnchors.idNamed("міндет", headings), "the start of no heading's words");
        assertEquals(Optional.empty(), ViewerAnchors.idNamed("5-міндет", headings));
    }
}
