package kz.adal.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DotInNumberFilterTest {
    private static final String TEXT = "6.1.2-тармақ, 2.1. бөлім, 12.08.2024 ж., 3..4, v.2, 1.";
    private static final String EXPECTED = "6-1-2-тармақ, 2-1. бөлім, 12-08-2024 ж., 3..4, v.2, 1.";

    private static String filtered(String text, int block) throws IOException {
        StringBuilder out = new StringBuilder();
        try (DotInNumberFilter filter = new DotInNumberFilter(new StringReader(text))) {
            char[] buffer = new char[block];
            for (int n = filter.read(buffer, 0, block); n >= 0; n = filter.read(buffer, 0, block)) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }

    @Test
    void aDotBetweenDigitsBecomesAHyphenAndNothingElseChanges() throws IOException {
        assertEquals(EXPECTED, filtered(TEXT, 4096));
    }

    @Test
    void theTextComesOutTheSameWhateverBlocksItIsReadIn() throws IOException {
        // a dot at the end of a block: what follows it is in the next block
        for (int block = 1; block <= 8; block++) {
            assertEquals(EXPECTED, filtered(TEXT, block), "blocks of " + block);
        }
    }
}
