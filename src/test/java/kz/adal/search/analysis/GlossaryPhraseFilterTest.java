package kz.adal.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class GlossaryPhraseFilterTest {
    private final AdalAnalyzer kk = AdalAnalyzer.forIndex(AdalAnalyzer.Chain.KK,
            Set.of("сат ал", "сыбаилас жемқорлық қарс", "іс-шар өткіз"));

    /**
     * Each term with its position increment, as "term/increment". The chain's terms end with й as и, and so do the
     * phrases the filter is given.
     */
    private static List<String> tokens(AdalAnalyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "/" + position.getPositionIncrement());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void aPhraseStandingWholeGetsItsTermAtItsLastWord() throws IOException {
        assertEquals(List.of("бәсекелес/1", "сат/1", "ал/1", "сат ал/0", "жүие/1"),
                tokens(kk, "бәсекелес сатып алу жүйесі"));
        assertEquals(List.of("сат/1", "ал/1", "сат ал/0"), tokens(kk, "Сатып алуға"), "in any of its forms");
    }

    @Test
    void oneOfItsWordsAloneOrTheWordsApartAreNoPhrase() throws IOException {
        assertEquals(List.of("сыилық/1", "ал/1"), tokens(kk, "сыйлықтарды алуға"));
        assertEquals(List.of("сат/1", "және/1", "ал/1"), tokens(kk, "сатып және алу"));
    }

    @Test
    void aPhraseOfThreeWordsAndAHyphenatedWordsPartsAreNotWords() throws IOException {
        assertEquals(List.of("сыбаилас/1", "жемқорлық/1", "қарс/1", "сыбаилас жемқорлық қарс/0"),
                tokens(kk, "сыбайлас жемқорлыққа қарсы"));
        assertEquals(List.of("іс-шар/1", "іс/0", "шара/0", "ісшар/0", "өткіз/1", "іс-шар өткіз/0"),
                tokens(kk, "іс-шара өткізу"));
    }

    @Test
    void everyPhraseEndingInAWordIsFoundThere() throws IOException {
        AdalAnalyzer two = AdalAnalyzer.forIndex(AdalAnalyzer.Chain.KK,
                Set.of("сат ал", "бәсекелес сат ал", "алдын ал"));
        assertEquals(List.of("бәсекелес/1", "сат/1", "ал/1", "бәсекелес сат ал/0", "сат ал/0"),
                tokens(two, "бәсекелес сатып алу"));
        assertEquals(List.of("ал/1", "сат/1", "ал/1", "сат ал/0"), tokens(two, "алу сатып алу"),
                "a word of a phrase before it is no part of it");
    }

    @Test
    void withoutPhrasesTheChainIsUnchanged() throws IOException {
        AdalAnalyzer plain = new AdalAnalyzer(AdalAnalyzer.Chain.KK);
        assertEquals(List.of("сат/1", "ал/1"), tokens(plain, "сатып алу"));
    }
}
