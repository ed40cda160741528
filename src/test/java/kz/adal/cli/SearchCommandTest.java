package kz.adal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;

/** {@code adal search} answers from the build's Lucene index, as the browser shows the results. */
class SearchCommandTest {

    private static List<String> lines(TestSite.Run run) {
        assertEquals(0, run.exitCode(), run.err());
        return run.out().lines().toList();
    }

    @Test
    void printsEachResultWithItsScoreTitleBreadcrumbAndLink() {
        List<String> out = lines(TestSite.cli("search", "тамыз 2024", "--limit", "3"));
        assertTrue(out.get(0).matches(" 1\\. \\d+\\.\\d{4}  12 тамыз 2024 ж\\. — «СКО .*хаттамасы"), out.get(0));
        assertEquals("    Хаттамалар мұрағаты › 2024", out.get(1));
        assertEquals("    protocols/2024/2024-08-12.html", out.get(2));
    }

    @Test
    void saysWhenNoResultHasAllTheWords() {
        // no protocol in September 2024: the closest results have 2024 only
        List<String> out = lines(TestSite.cli("search", "қыркүйек 2024", "--type", "protocol"));
        assertEquals("no result has all the words; the closest:", out.get(0));
        assertEquals("    protocols/2024/2024-08-12.html", out.get(3));
    }

    /** Typed with the Latin layout on, or in Latin letters: said as the box says it, then the results. */
    @Test
    void saysWhatAQueryReadAnotherWayWasSearchedAs() {
        assertEquals("results for: сот", lines(TestSite.cli("search", "cjn", "--limit", "1")).get(0));
        List<String> out = lines(TestSite.cli("search", "sybailas", "jemqorlyqqa", "--limit", "1"));
        assertEquals("results for: сыбайлас жемқорлыққа", out.get(0));
        assertEquals("    concept/03-international-experience.html#s3-t3", out.get(4));
        assertFalse(lines(TestSite.cli("search", "сот", "--limit", "1")).get(0).startsWith("results for"));
    }

    /** As the box says it: the terms of each glossary entry whose synonyms the query searched too. */
    @Test
    void saysWhichGlossaryEntriesTheQueryBroughtIn() {
        List<String> out = lines(TestSite.cli("search", "взятка", "--limit", "1"));
        assertEquals("also searched, from the glossary: пара, парақорлық, взятка, взяток, взяточничество", out.get(0));
        assertEquals("    concept/06-indicators-and-results.html#s6-1-2", out.get(3));
        assertTrue(lines(TestSite.cli("search", "бюджет", "--limit", "1")).get(0).startsWith(" 1. "));
    }

    @Test
    void saysWhenNothingIsFound() {
        assertEquals(List.of("nothing found for: qqqqxyzzz"), lines(TestSite.cli("search", "qqqqxyzzz")));
    }

    /** A hospital PC's locale (ru_RU, kk_KZ) writes 4,1497 for 4.1497: what adal prints is read the same everywhere. */
    @Test
    void scoresAreWrittenWithADotInAnyLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru-RU"));
            List<String> out = lines(TestSite.cli("search", "тамыз 2024", "--limit", "1"));
            assertTrue(out.get(0).matches(" 1\\. \\d+\\.\\d{4}  .*"), out.get(0));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aLimitOrTypeThatCannotBeIsAUsageError() {
        TestSite.Run zero = TestSite.cli("search", "сот", "--limit", "0");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().startsWith("--limit must be at least 1, not 0"), zero.err());
        TestSite.Run type = TestSite.cli("search", "сот", "--type", "protocols");
        assertEquals(2, type.exitCode());
        assertTrue(type.err().startsWith("--type is 'concept' or 'protocol', not 'protocols'"), type.err());
    }

    @Test
    void theWordsOfAnUnquotedQueryAreSearchedTogether() {
        assertEquals(lines(TestSite.cli("search", "тамыз 2024", "--limit", "3")),
                lines(TestSite.cli("search", "тамыз", "2024", "--limit", "3")));
    }

    /** The box reads '-пара' as 'пара'; picocli reads it as an unknown option, so adal says how to search for it. */
    @Test
    void aQueryStartingWithADashIsSearchedAfterTwoDashesAndSaidSoWithout() {
        TestSite.Run dashed = TestSite.cli("search", "-пара", "--limit", "2");
        assertEquals(2, dashed.exitCode());
        assertTrue(dashed.err().contains("To search for a word that starts with '-', put '--' before the query:"
                + " adal search -- -пара"), dashed.err());
        assertEquals(lines(TestSite.cli("search", "пара", "--limit", "2")),
                lines(TestSite.cli("search", "--limit", "2", "--", "-пара")));

        TestSite.Run mistyped = TestSite.cli("search", "--limt", "2", "пара");
        assertEquals(2, mistyped.exitCode());
        assertTrue(mistyped.err().contains("Unknown option: '--limt'"), mistyped.err());
        assertFalse(mistyped.err().contains("To search for"), mistyped.err());
    }
}
