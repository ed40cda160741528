package kz.adal.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Makes a hyphenated word findable whole and by its parts: {@code e-өтініш} gives {@code e-өтініш}, {@code e} and
 * {@code өтініш}, the parts at the same position. Hyphens at a word's edges are dropped; a lone hyphen is no token.
 */
public final class HyphenPartsFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<String> parts = new ArrayDeque<>();

    public HyphenPartsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!parts.isEmpty()) {
            term.setEmpty().append(parts.removeFirst());
            position.setPositionIncrement(0);
            return true;
        }
        while (input.incrementToken()) {
            String word = trimHyphens(term.toString());
            if (word.isEmpty()) {
                continue;
            }
            term.setEmpty().append(word);
            if (word.indexOf('-') > 0) {
                for (String part : word.split("-+")) {
                    parts.addLast(part);
                }
            }
            return true;
        }
        return false;
    }

    static String trimHyphens(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && word.charAt(start) == '-') {
            start++;
        }
        while (end > start && word.charAt(end - 1) == '-') {
            end--;
        }
        return word.substring(start, end);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
    }
}
