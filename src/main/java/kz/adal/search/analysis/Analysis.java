package kz.adal.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs an analyzer over a text and returns its terms in order. */
public final class Analysis {

    private Analysis() {
    }

    public static List<String> terms(Analyzer analyzer, String text) {
        return terms(analyzer, text, false);
    }

    /** The term of each word, in order: without the terms a word adds at its own position (its hyphen parts). */
    public static List<String> words(Analyzer analyzer, String text) {
        return terms(analyzer, text, true);
    }

    private static List<String> terms(Analyzer analyzer, String text, boolean firstAtEachPosition) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!firstAtEachPosition || position.getPositionIncrement() > 0) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
