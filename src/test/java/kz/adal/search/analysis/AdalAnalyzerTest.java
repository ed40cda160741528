package kz.adal.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class AdalAnalyzerTest {
    private final AdalAnalyzer kk = new AdalAnalyzer(AdalAnalyzer.Chain.KK);
    private final AdalAnalyzer ru = new AdalAnalyzer(AdalAnalyzer.Chain.RU);
    private final AdalAnalyzer folded = new AdalAnalyzer(AdalAnalyzer.Chain.FOLDED);

    private static List<String> terms(AdalAnalyzer analyzer, String text) {
        return Analysis.terms(analyzer, text);
    }

    @Test
    void numbersAndCodesStayFindableAndHyphenatedWordsWholeAndByParts() {
        assertEquals(List.of("1424", "call-орталық", "call", "орталық"), terms(kk, "\"1424\" call-орталығы"));
        assertEquals(List.of("uni-pass", "uni", "pass"), terms(kk, "(UNI-PASS)"));
        assertEquals(List.of("e-өтініш", "e", "өтініш"), terms(kk, "\"e-Өтініш\""));
        assertEquals(List.of("бизнес"), terms(kk, "-бизнес-"));
        assertEquals(List.of("бизнес", "жоспар"), terms(kk, "-- бизнес – --жоспар--"), "hyphens alone are no word");
        assertEquals(List.of("e--өтініш", "e", "өтініш"), terms(kk, "--e--Өтініш-"));
    }

    /** People type a code without its hyphen (unipass, eөтініш): the index holds it so; a query's word is as typed. */
    @Test
    void theIndexAlsoHoldsAHyphenatedWordJoined() {
        AdalAnalyzer index = AdalAnalyzer.forIndex(AdalAnalyzer.Chain.KK, Set.of());
        assertEquals(List.of("uni-pass", "uni", "pass", "unipass"), terms(index, "(UNI-PASS)"));
        assertEquals(List.of("e-өтініш", "e", "өтініш", "еөтініш"), terms(index, "\"e-Өтініш\""),
                "joined, the Latin e stands inside a Cyrillic word, and is read as one");
        assertEquals(terms(AdalAnalyzer.forIndex(AdalAnalyzer.Chain.FOLDED, Set.of()), "e-Өтініш").get(3),
                terms(folded, "eотініш").get(0), "typed joined, with о for ө, it meets the joined word folded");
        assertEquals(List.of("2022-2026", "2022", "2026"), terms(index, "2022-2026"), "a number is never typed joined");
        assertEquals(List.of("6-1-2", "6", "1", "2"), terms(index, "6.1.2"));
        assertEquals(List.of("uni-pass", "uni", "pass"), terms(kk, "UNI-PASS"), "a query's word as typed");
    }

    @Test
    void aNumberWithDotsIsOneWordWithItsParts() throws Exception {
        assertEquals(List.of("6-1-2", "6", "1", "2"), terms(kk, "6.1.2"));
        assertEquals(List.of("2-1", "2", "1", "қол"), terms(kk, "2.1. Қол"), "a dot before a space ends the number");
        assertEquals(List.of("12-08-2024", "12", "08", "2024"), terms(kk, "12.08.2024"));
        assertEquals(List.of("3", "4", "v", "2"), terms(kk, "3..4 v.2"), "only a dot between two digits");
        try (TokenStream stream = kk.tokenStream("body", "бөлім 6.1.2")) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            stream.incrementToken();
            stream.incrementToken();
            assertEquals(List.of(6, 11), List.of(offset.startOffset(), offset.endOffset()), "offsets in the text as written");
            stream.end();
        }
    }

    @Test
    void latinLookalikesInsideCyrillicWordsAreRepaired() {
        assertEquals(terms(kk, "азаматтық"), terms(kk, "азamatтық"));
        assertEquals(terms(kk, "төмендетті"), terms(kk, "төмендettі"));
        assertEquals(terms(kk, "сәйкес мәселе"), terms(kk, "сəйкес МƏСЕЛЕ"), "the Latin schwa, for ә");
        assertEquals(terms(kk, "өзгеріс үкімет ғылым көмек"), terms(kk, "ɵзгеріс üкімет ğылым кöмек"));
        assertEquals(List.of("transparency"), terms(kk, "Transparency"), "a Latin word is left alone");
        // the case tells the letter meant: a Latin h for һ, which a keyboard lacked, a capital H for Н
        assertEquals(terms(kk, "жаһандық Жаһандық"), terms(kk, "жаhандық Жаhандық"));
        assertEquals(List.of("онк"), terms(kk, "ОHК"));
        assertEquals(terms(kk, "Нұрлан"), terms(kk, "Hұрлан"));
    }

    /** Word's soft hyphens and the zero-width characters of web pages stay in the text, not in its words. */
    @Test
    void invisibleCharactersInsideAWordLeaveItWhole() {
        assertEquals(terms(kk, "жемқорлық"), terms(kk, "жем\u00ADқорлық"));
        assertEquals(terms(kk, "сыбайлас жемқорлық"), terms(kk, "сыбай\u200Bлас жем\u200Cқор\u200Dлық"));
        assertEquals(terms(folded, "Заңның"), terms(folded, "\uFEFFЗаң\u2060ның"));
        assertEquals(terms(kk, "6.1.2"), terms(kk, "6.\u00AD1.2"), "a number's dots are read after");
    }

    @Test
    void inflectedFormsMeetTheirLemma() {
        assertEquals(terms(kk, "жемқорлық"), terms(kk, "жемқорлыққа"));
        assertEquals(terms(kk, "мемлекет"), terms(kk, "мемлекеттің"));
        assertEquals(terms(kk, "жауапкершілік"), terms(kk, "жауапкершілігін"), "voicing of the stem's last consonant");
    }

    @Test
    void russianWordsAreStemmedByTheRussianStemmerWhenTheLanguageSaysSo() {
        assertEquals(terms(ru, "взятка"), terms(ru, "взятками"));
        assertEquals(terms(ru, "коррупция"), terms(ru, "коррупции"));
        assertEquals(List.of("заң"), terms(ru, "заңның"), "a Kazakh letter makes a word Kazakh whatever the language");
    }

    @Test
    void yoAndShortIFoldLikePagefind() {
        assertEquals(terms(ru, "ещё"), terms(ru, "еще"));
        assertEquals(terms(kk, "сыйбайлас").get(0).indexOf('й'), -1);
    }

    @Test
    void russianKeyboardSpellingsMeetInTheFoldedChainOnly() {
        assertEquals(terms(folded, "Заңның"), terms(folded, "Занның"));
        assertEquals(terms(folded, "жемқорлыққа"), terms(folded, "жемкорлыкка"));
        assertEquals(terms(folded, "Қаржылық"), terms(folded, "Каржылық"));
        assertEquals(List.of("бол"), terms(kk, "бол"));
        assertEquals(List.of("бөл"), terms(kk, "бөл"), "the stemmed chain keeps бол and бөл apart");
    }
}
