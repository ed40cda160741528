package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
        // i is и, which the folded field meets with і (LatinWords asks the index)
        "Memlekettik qyzmet, мемлекеттик қызмет",
        "gosudarstvennaya sluzhba, государственная служба",
        "shchit, щит",
        // ts before h is т and the sh of ш (қызметші), not ц and х
        "qyzmetshi, қызметши",
        "kórsetkish, көрсеткиш",
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

    @Test
    void aWordIsSpelledEachWayItsSpellingsOfSeveralLettersAllow() {
        assertEquals("мемлекеттик", Transliteration.spellings("Memlekettik").get(0));
        assertTrue(Transliteration.spellings("Memlekettik").contains("мемлекеттік"));
        assertEquals(List.of("уйым", "ұйым", "үйым", "уіым"), Transliteration.spellings("uiym"));
        assertEquals(List.of("улт", "ұлт", "үлт"), Transliteration.spellings("ult"));
        assertTrue(Transliteration.spellings("engizu").contains("енгізу"));
        assertTrue(Transliteration.spellings("jalpyulttyq").contains("жалпыұлттық"));
        assertTrue(Transliteration.spellings("jahandyq").contains("жаһандық"));
        // a word's first e may be э, which Russian words begin with; no other e
        assertEquals(List.of("електрон", "электрон"), Transliteration.spellings("elektron").subList(0, 2));
        assertFalse(Transliteration.spellings("elektron").contains("елэктрон"));
    }

    /** Written without the marks of ә, ө, ғ, қ and ң (qogam, otinish, zannyn), a word is also read with them. */
    @Test
    void aLatinLetterWithoutItsMarkAlsoStandsForTheKazakhLetter() {
        assertEquals("когам", Transliteration.spellings("kogam").get(0), "the plain letters first");
        assertTrue(Transliteration.spellings("kogam").contains("қоғам"));
        assertTrue(Transliteration.spellings("otinish").contains("өтініш"));
        assertTrue(Transliteration.spellings("zannyn").contains("заңның"));
        assertTrue(Transliteration.spellings("adilet").contains("әділет"));
        assertTrue(Transliteration.spellings("alyngan").contains("алынған"), "n before g: ң, нг, or н and ғ");
        assertTrue(Transliteration.spellings("bagdarlama").contains("бағдарлама"));
        // the i's, which every Latin spelling leaves open, are read each way before the a's and k's are guessed
        assertTrue(Transliteration.spellings("jauapkershilik").contains("жауапкершілік"));
        // every reading with one guess before any with two: the ғ at the end of a long word is not crowded out by
        // the k's, o's and a's before it (the a's and k's guessed in turn from the first, it was)
        // the 4 readings of е or э and и or і, then each of them with one of its 8 plain letters marked
        int at = Transliteration.spellings("ekonomikaga").indexOf("экономикаға");
        assertTrue(at >= 4 && at < 4 + 4 * 8, "at " + at);
    }

    @Test
    void aWordHasAtMostSixtyFourSpellings() {
        // seven i's: the first six are read each way, the seventh stays и
        List<String> spellings = Transliteration.spellings("iiiiiii");
        assertEquals(Transliteration.MAX_SPELLINGS, spellings.size());
        assertTrue(spellings.contains("ііііііи"));
        assertFalse(spellings.contains("іііііі" + "і"));
    }
}
