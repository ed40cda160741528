package kz.adal.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Repairs Latin look-alike letters inside Cyrillic words: {@code азamatтық} becomes {@code азаматтық}. Each part of
 * a hyphenated word is judged alone, so {@code call-орталығы} keeps its Latin {@code call}. It runs before
 * lower-casing, as the case tells the letter meant: {@code ОHК} is {@code онк}, {@code жаhандық} {@code жаһандық}.
 */
public final class LookalikeRepairFilter extends TokenFilter {
    private static final char[] CYRILLIC_FOR = Letters.table(Letters.LATIN_LOOKALIKES);
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public LookalikeRepairFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int start = 0;
        for (int i = 0; i <= term.length(); i++) {
            if (i == term.length() || buffer[i] == '-') {
                repair(buffer, start, i);
                start = i + 1;
            }
        }
        return true;
    }

    private static void repair(char[] buffer, int start, int end) {
        boolean cyrillic = false;
        for (int i = start; i < end && !cyrillic; i++) {
            cyrillic = Letters.isCyrillic(buffer[i]);
        }
        for (int i = start; cyrillic && i < end; i++) {
            char c = buffer[i];
            if (c < CYRILLIC_FOR.length && CYRILLIC_FOR[c] != 0) {
                buffer[i] = CYRILLIC_FOR[c];
            }
        }
    }
}
