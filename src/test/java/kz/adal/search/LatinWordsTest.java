package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A query's Latin words read as the index holds them: transliterated, typed on the wrong layout, or as typed. */
class LatinWordsTest {
    /** An index that holds these words, in these many documents. */
    private static ToIntFunction<String> index(Map<String, Integer> documents) {
        return word -> documents.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    private static final ToIntFunction<String> INDEX = index(Map.ofEntries(Map.entry("мемлекеттік", 40),
            Map.entry("мемлекеттик", 1), Map.entry("қызмет", 30), Map.entry("министрлік", 2), Map.entry("ұйым", 5),
            Map.entry("үш", 2), Map.entry("ұлт", 3), Map.entry("республика", 9), Map.entry("transparency", 1),
            Map.entry("жемқорлық", 50), Map.entry("сот", 4), Map.entry("экономикалық", 3)));

    @ParameterizedTest
    @CsvSource({
        // i and u stand for several letters: the index tells which
        "memlekettik qyzmet, мемлекеттік қызмет",
        "ministrlik, министрлік",
        "uiym, ұйым",
        "ult, ұлт",
        "respublika, республика",
        "ekonomikalyq, экономикалық",
        // a Cyrillic word stays as typed
        "Memlekettik Қызмет, мемлекеттік Қызмет",
        // letters of the Kazakh Latin alphabet alone
        "üş, үш",
        // keys typed on the Latin layout, beside a word typed right
        "жемқорлық cjn, жемқорлық сот",
        // a Latin word the index holds stays as typed, case and all
        "Transparency jemqorlyq, Transparency жемқорлық"})
    void aWordIsReadAsTheIndexHoldsIt(String latin, String meant) {
        assertEquals(Optional.of(meant), LatinWords.asMeant(latin, INDEX));
    }

    /**
     * Read before a query's keys on the Cyrillic layout only when every word read otherwise is one the index holds:
     * qyzmet is қызмет; memlekettik xyz is no reading, for xyz reads as nothing the index holds.
     */
    @Test
    void aReadingIsHeldOnlyWhenTheIndexHoldsEveryWordItChanged() {
        assertEquals(Optional.of("мемлекеттік қызмет"), LatinWords.asHeld("memlekettik qyzmet", INDEX));
        assertEquals(Optional.of("жемқорлық сот"), LatinWords.asHeld("жемқорлық cjn", INDEX));
        assertEquals(Optional.empty(), LatinWords.asHeld("memlekettik xyz", INDEX));
        assertEquals(Optional.empty(), LatinWords.asHeld("жемқорлық", INDEX));
    }

    /**
     * A plain letter is read as the Kazakh letter with a mark only where no reading with fewer such guesses is
     * held.
     */
    @Test
    void aLetterIsReadWithAMarkOnlyWhereTheIndexHoldsItOnlySo() {
        ToIntFunction<String> index = index(Map.of("алдын", 3, "алдың", 50,
                "қоғам", 2, "айқындығын", 4, "айқындығың", 4));
        assertEquals(Optional.of("алдын"), LatinWords.asMeant("aldyn", index), "held plain, though fewer documents");
        assertEquals(Optional.of("қоғам"), LatinWords.asMeant("qogam", index), "held only with ғ");
        assertEquals(Optional.of("айқындығын"), LatinWords.asMeant("aiqyndygyn", index),
                "of two held alike, one guess");
        assertEquals(Optional.of("бол"), LatinWords.asMeant("bol", index), "held in no reading: the plain letters");
    }

    @Test
    void aWordTheIndexHoldsInNoReadingIsTransliterated() {
        assertEquals(Optional.of("иилик"), LatinWords.asMeant("iilik", INDEX));
    }

    @Test
    void aQueryWhoseWordsAllStayAsTypedHasNoOtherReading() {
        assertEquals(Optional.empty(), LatinWords.asMeant("UNI-PASS 2024", index(Map.of("uni-pass", 3))));
    }
}
