package kz.adal.search.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Takes the characters of {@link Letters#isInvisible} out of the text, so a word Word left a soft hyphen in is read
 * whole. A loop over the block rather than Lucene's MappingCharFilter, whose lookup per character made the analysis
 * of 3,000 protocols a quarter slower.
 */
public final class InvisibleCharFilter extends BaseCharFilter {
    /** Characters handed out so far, where the next one stands in the output. */
    private int written;
    private int removed;

    public InvisibleCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            int read = input.read(buffer, offset, length);
            if (read < 0) {
                return -1;
            }
            int out = offset;
            for (int i = offset; i < offset + read; i++) {
                char c = buffer[i];
                if (Letters.isInvisible(c)) {
                    addOffCorrectMap(written + out - offset, ++removed);
                } else {
                    buffer[out++] = c;
                }
            }
            // a block of nothing but invisible characters: a reader hands out at least one character or the end
            if (out > offset) {
                written += out - offset;
                return out - offset;
            }
        }
    }
}
