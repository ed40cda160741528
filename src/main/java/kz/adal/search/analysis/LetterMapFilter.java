package kz.adal.search.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces letters one for one: ё/е and й/и as Pagefind does, or Kazakh letters by their Russian-keyboard substitutes. */
public final class LetterMapFilter extends TokenFilter {
    /** ё/е and й/и, after stemming so that the Russian stemmer still sees its endings. */
    public static final Map<Character, Character> YO_AND_SHORT_I = Map.of('ё', 'е', 'й', 'и');

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final char[] replacements;

    public LetterMapFilter(TokenStream input, Map<Character, Character> letters) {
        super(input);
        this.replacements = Letters.table(letters);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            char c = buffer[i];
            if (c < replacements.length && replacements[c] != 0) {
                buffer[i] = replacements[c];
            }
        }
        return true;
    }
}
