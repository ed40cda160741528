package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A query typed with the wrong layout active, read as what the typist meant. */
class KeyboardLayoutTest {

    @Test
    void latinKeysReadAsTheRussianLayout() {
        assertTrue(KeyboardLayout.hasLatinLetter("ctu"));
        assertEquals("сег", KeyboardLayout.toCyrillic("ctu"));
    }

    @Test
    void cyrillicKeysReadAsTheLatinLayout() {
        assertEquals("transparency", KeyboardLayout.toLatin("Екфтызфкутсн"));
        assertEquals("uni-pass", KeyboardLayout.toLatin("ГТШ-ЗФЫЫ"));
        assertEquals("[];',.`", KeyboardLayout.toLatin("хъжэбюё"), "the letters on the Latin layout's punctuation keys");
    }

    /** Only a word that no document holds as typed, and some hold as its keys, is read as its keys. */
    @Test
    void aCyrillicWordIsReadAsItsLatinKeysWhenOnlyTheKeysAreHeld() {
        Map<String, Integer> held = Map.of("uni-pass", 1, "transparency", 2, "сот", 5, "cjn", 1);
        assertEquals(Optional.of("тамыз uni-pass"),
                KeyboardLayout.latinKeys("тамыз ГТШ-ЗФЫЫ", word -> held.getOrDefault(word, 0)));
        assertEquals(Optional.of("transparency 2024"),
                KeyboardLayout.latinKeys("Екфтызфкутсн 2024", word -> held.getOrDefault(word, 0)));
        assertEquals(Optional.empty(), KeyboardLayout.latinKeys("сот", word -> held.getOrDefault(word, 0)),
                "a word the index holds stays as typed, though its keys are held too");
        assertEquals(Optional.empty(), KeyboardLayout.latinKeys("ыфв", word -> held.getOrDefault(word, 0)),
                "nor is a word read as keys that no document holds either");
        assertEquals(Optional.empty(), KeyboardLayout.latinKeys("әқәң қазақ", word -> 0),
                "Kazakh letters are not on the Russian layout's letter keys");
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
