package kz.adal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A long text is cut at a word's end, never in a word's middle, and says that it goes on. */
class WholeWordsTest {

    @Test
    void aTextIsCutAfterItsLastWholeWordWithinTheLength() {
        assertEquals("сыбайлас жемқорлыққа …", WholeWords.upTo("сыбайлас жемқорлыққа қарсы", 22));
        assertEquals(20, WholeWords.cut("сыбайлас жемқорлыққа қарсы", 22));
        assertEquals("сыбайлас жемқорлыққа қарсы", WholeWords.upTo("сыбайлас жемқорлыққа қарсы", 26));
        // one word longer than the length has no end within it: cut at the length
        assertEquals("парасаттылық …", WholeWords.upTo("парасаттылықтың", 12));
    }
}
