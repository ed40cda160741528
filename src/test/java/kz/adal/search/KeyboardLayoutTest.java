package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A query typed with the wrong layout active, read as what the typist meant. */
class KeyboardLayoutTest {

    @Test
    void latinKeysReadAsTheRussianLayout() {
        assertTrue(KeyboardLayout.hasLatinLetter("ctu"));
        assertEquals("сег", KeyboardLayout.toCyrillic("ctu"));
    }

    /** On the Kazakh layout the keys 1 to 0 give " ә і ң ғ , . ү ұ қ: a year typed there reads әқәң. */
    @Test
    void digitsTypedOnTheKazakhNumberRowReadAsDigits() {
        assertEquals("2024", KeyboardLayout.numberRowToDigits("әқәң"));
        assertEquals("тамыз 2024", KeyboardLayout.numberRowToDigits("тамыз әқәң"));
        assertEquals("2016 1424", KeyboardLayout.numberRowToDigits("ӘҚ\", \"ңәң"));
        assertEquals("1987", KeyboardLayout.numberRowToDigits("\"ұү."));
        assertTrue(KeyboardLayout.hasNumberRowWord("тамыз әқәң"));
    }

    @Test
    void wordsWithOtherLettersOrNoLetterOfTheRowStayAsTyped() {
        assertFalse(KeyboardLayout.hasNumberRowWord("қазақ тамыз"), "a Kazakh word has letters off the number row");
        assertFalse(KeyboardLayout.hasNumberRowWord("\", ."), "punctuation alone is no number");
        assertFalse(KeyboardLayout.hasNumberRowWord("ү"), "the first letter of a word being typed (үкімет)");
        assertEquals("қазақ , 2.1", KeyboardLayout.numberRowToDigits("қазақ , 2.1"));
    }
}
