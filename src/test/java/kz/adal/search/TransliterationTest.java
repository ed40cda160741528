package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kazakh and Russian written in Latin letters, read as the Cyrillic they stand for. */
class TransliterationTest {

    @ParameterizedTest
    @CsvSource({
        // as people write without a Cyrillic keyboard
        "jemqorlyq, жемқорлық",
        "sybailas jemqorlyqqa, сыбайлас жемқорлыққа",
        "zhemkorlyk, жемкорлык",
        "korrupciya, коррупция",
        "konflikt interesov, конфликт интересов",
        // i is и, which the folded field meets with і (asMeant asks the index)
        "Memlekettik qyzmet, мемлекеттик қызмет",
        "gosudarstvennaya sluzhba, государственная служба",
        "shchit, щит",
        // the Kazakh Latin alphabets of 2021 and of 2017
        "Zańnyń, заңның",
        "äleumettik, әлеуметтик",
        "mu'ddeler qaqtyg'ysy, мүдделер қақтығысы",
        // what is no Latin letter stays as it is
        "2024 jyl, 2024 жыл",
        "e-Ótinish, е-өтиниш"})
    void latinLettersReadAsTheCyrillicTheyStandFor(String latin, String cyrillic) {
        assertEquals(cyrillic, Transliteration.toCyrillic(latin));
    }

    /** An index that holds these words, in these many documents. */
    private static ToIntFunction<String> index(Map<String, Integer> documents) {
        return word -> documents.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    @ParameterizedTest
    @CsvSource({
        // i and u stand for several letters: the index tells which
        "memlekettik qyzmet, мемлекеттік қызмет",
        "ministrlik, министрлік",
        "uiym, ұйым",
        "ult, ұлт",
        "respublika, республика",
        // a Cyrillic word stays as typed
        "Memlekettik Қызмет, мемлекеттік Қызмет",
        // a Latin word the index holds stays as typed, case and all
        "Transparency jemqorlyq, Transparency жемқорлық"})
    void aWordIsReadInTheSpellingTheIndexHolds(String latin, String meant) {
        ToIntFunction<String> index = index(Map.of("мемлекеттік", 40, "мемлекеттик", 1, "қызмет", 30, "министрлік", 2,
                "ұйым", 5, "уйым", 0, "ұлт", 3, "республика", 9, "transparency", 1, "жемқорлық", 50));
        assertEquals(Optional.of(meant), Transliteration.asMeant(latin, index));
    }

    @Test
    void aWordTheIndexHoldsInNoSpellingIsReadAsToCyrillicReadsIt() {
        assertEquals(Optional.of(Transliteration.toCyrillic("iilik")), Transliteration.asMeant("iilik", index(Map.of())));
        assertEquals("иилик", Transliteration.toCyrillic("iilik"));
    }

    @Test
    void aQueryWhoseWordsAllStayAsTypedHasNoOtherReading() {
        assertEquals(Optional.empty(), Transliteration.asMeant("UNI-PASS 2024", index(Map.of("uni-pass", 3))));
    }

    @Test
    void onlyTheFirstFourAmbiguousLettersOfAWordAreTried() {
        // the fifth i stays и, though the index holds the word with і there
        ToIntFunction<String> index = index(Map.of("іііііі", 9, "ііііии", 1));
        assertEquals(Optional.of("ііііии"), Transliteration.asMeant("iiiiii", index));
    }
}
