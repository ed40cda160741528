package kz.adal.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class InvisibleCharFilterTest {
    /** A byte order mark, then a soft hyphen inside the word: out of the text, the offsets still those of the input. */
    private static final String PASTED = "\uFEFFжем\u00ADқорлық бар";

    @Test
    void takesInvisibleCharactersOutOfTheText() throws IOException {
        for (int block : new int[] {1, 2, 1024}) {
            assertEquals("жемқорлық бар", readAll(new InvisibleCharFilter(new StringReader(PASTED)), block), "block " + block);
        }
    }

    @Test
    void offsetsOfTheTextPointIntoTheInput() throws IOException {
        InvisibleCharFilter filter = new InvisibleCharFilter(new StringReader(PASTED));
        readAll(filter, 4);
        assertEquals(1, filter.correctOffset(0), "ж, after the byte order mark");
        assertEquals(5, filter.correctOffset(3), "қ, after the soft hyphen");
        assertEquals(11, filter.correctOffset(9), "the word's end");
        assertEquals(PASTED.indexOf("бар"), filter.correctOffset("жемқорлық ".length()));
    }

    private static String readAll(InvisibleCharFilter filter, int block) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[block];
        for (int n; (n = filter.read(buffer, 0, block)) != -1; ) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }
}
