package kz.adal.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.regex.Pattern;
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
    /** Compiled once: {@code String.split} compiles a pattern of two characters anew at every call. */
    private static final Pattern HYPHENS = Pattern.compile("-+");
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
            if (!trimHyphens()) {
                continue;
            }
            // most words have no hyphen: they pass without being made a string
            if (hasHyphen()) {
                String word = term.toString();
                for (String part : HYPHENS.split(word)) {
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

    /** Drops the hyphens at the term's edges; false when nothing is left. */
    private boolean trimHyphens() {
        char[] buffer = term.buffer();
        int start = 0;
        int end = term.length();
        while (start < end && buffer[start] == '-') {
            start++;
        }
        while (end > start && buffer[end - 1] == '-') {
            end--;
        }
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
        }
        term.setLength(end - start);
        return end > start;
    }

    private boolean hasHyphen() {
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (buffer[i] == '-') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
    }
}
