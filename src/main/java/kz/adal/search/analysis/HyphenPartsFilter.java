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
 * For the index it also gives the word joined, {@code eөтініш}, {@code unipass}, as people type a code without its
 * hyphen; not a number's ({@code 2022-2026}, {@code 6.1.2}), which no one types joined.
 */
public final class HyphenPartsFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<String> parts = new ArrayDeque<>();
    private final boolean joined;

    /** The whole and the parts of each hyphenated word; with {@code joined}, the word without its hyphens too. */
    public HyphenPartsFilter(TokenStream input, boolean joined) {
        super(input);
        this.joined = joined;
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
                if (joined && hasLetter(word)) {
                    parts.addLast(word.replace("-", ""));
                }
            }
            return true;
        }
        return false;
    }

    private static boolean hasLetter(String word) {
        return word.codePoints().anyMatch(Character::isLetter);
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
