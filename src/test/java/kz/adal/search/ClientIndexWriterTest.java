package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientIndexWriterTest {

    /**
     * A result's file holds the start of a long text, cut after a whole word (or inside a word that has no end within
     * the limit), and the rest file the remainder: the start without its " …", then the rest, is the whole text.
     */
    @ParameterizedTest
    @ValueSource(ints = {10, 1499, 1500, 1501, 1502, 4000})
    void theStartAndTheRestOfALongTextAreTheWholeText(int length) {
        for (String word : List.of("сыбайлас ", "жемқорлық\n", "x")) {
            String body = word.repeat(length / word.length() + 1).substring(0, length);
            SearchDocument d = new SearchDocument("concept/x.html#s1", "", "title", List.of("Тұжырымдама"),
                    SearchDocument.CONCEPT, 2024, "kk", "", body);
            Map<String, Object> data = ClientIndexWriter.documentData(d);
            String text = (String) data.get("text");
            if (length <= 1500) {
                assertEquals(body, text);
                assertFalse(data.containsKey("more"), "a text that fits has no rest");
            } else {
                assertEquals(true, data.get("more"));
                assertEquals(body, text.substring(0, text.length() - " …".length()) + ClientIndexWriter.moreOf(d));
            }
        }
    }
}
