package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresetDictionaryTest {
    private static final String TITLE = "{\"title\":\"Сыбайлас жемқорлыққа қарсы оқу іс-шарасының хаттамасы\",";

    private static List<String> protocols(int n) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add(TITLE + "\"text\":\"Хаттама № " + i + ". Қатысқандар: барлық қызметкерлер. Жеке сөз " + i * 7919 + ".\"}");
        }
        return texts;
    }

    @Test
    void holdsWhatTheTextsRepeatAndNotWhatOnlyOneHas() {
        PresetDictionary dictionary = PresetDictionary.train(protocols(20), PresetDictionary.MAX_BYTES);
        assertTrue(dictionary.text().contains(TITLE), dictionary.text());
        assertTrue(dictionary.text().contains("Қатысқандар: барлық қызметкерлер. "), dictionary.text());
        assertFalse(dictionary.text().contains("Жеке сөз 7919"), dictionary.text());
    }

    @Test
    void staysWithinItsSizeCountedInTheBytesItIsDeflatedAs() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add("Бірінші сөйлем " + i % 100 + ". Екінші сөйлем " + i % 50 + ". ");
        }
        PresetDictionary dictionary = PresetDictionary.train(texts, 300);
        assertTrue(dictionary.bytes().length <= 300, dictionary.bytes().length + " bytes");
        assertTrue(dictionary.bytes().length > 200, "fills the space it has: " + dictionary.bytes().length + " bytes");
        assertEquals(dictionary.text(), CyrillicBytes.decode(dictionary.bytes()));
    }

    @Test
    void theSameTextsGiveTheSameDictionary() {
        List<String> texts = protocols(50);
        List<String> reversed = new ArrayList<>(texts);
        Collections.reverse(reversed);
        assertEquals(PresetDictionary.train(texts, 100).text(), PresetDictionary.train(texts, 100).text());
        assertEquals(PresetDictionary.train(texts, 100).text(), PresetDictionary.train(reversed, 100).text());
    }

    @Test
    void textsWithNothingInCommonGiveAnEmptyDictionary() {
        assertEquals("", PresetDictionary.train(List.of("бір", "екі", "үш"), PresetDictionary.MAX_BYTES).text());
    }

    @Test
    void aLargeArchiveMakesOnlyTheTextsItSamples() {
        List<String> texts = protocols(5_000);
        List<Integer> made = new ArrayList<>();
        PresetDictionary dictionary = PresetDictionary.train(texts.size(), i -> {
            made.add(i);
            return texts.get(i);
        }, PresetDictionary.MAX_BYTES);
        assertEquals(2_500, made.size(), "every second of 5,000 texts");
        assertEquals(List.of(0, 2, 4), made.subList(0, 3));
        assertEquals(PresetDictionary.train(texts, PresetDictionary.MAX_BYTES).text(), dictionary.text());
    }
}
