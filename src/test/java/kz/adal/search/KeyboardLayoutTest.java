package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
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
        assertEquals(Optional.of("2024"), KeyboardLayout.numberRowDigits("әқәң"));
        assertEquals(Optional.of("тамыз 2024"), KeyboardLayout.numberRowDigits("тамыз әқәң"));
        assertEquals(Optional.of("2016 1424"), KeyboardLayout.numberRowDigits("ӘҚ\", \"ңәң"));
        assertEquals(Optional.of("1987"), KeyboardLayout.numberRowDigits("\"ұү."));
        assertTrue(KeyboardLayout.numberRowDigits("тамыз әқәң").isPresent());
    }

    @Test
    void wordsWithOtherLettersOrNoLetterOfTheRowStayAsTyped() {
        assertFalse(KeyboardLayout.numberRowDigits("қазақ тамыз").isPresent(), "a Kazakh word has letters off the number row");
        assertFalse(KeyboardLayout.numberRowDigits("\", .").isPresent(), "punctuation alone is no number");
        assertFalse(KeyboardLayout.numberRowDigits("ү").isPresent(), "the first letter of a word being typed (үкімет)");
        assertEquals(Optional.empty(), KeyboardLayout.numberRowDigits("қазақ , 2.1"), "left as typed");
    }
}
