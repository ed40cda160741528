package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.util.SmallFloat;
import org.junit.jupiter.api.Test;

class PostingListTest {
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** The postings as the browser's decode reads them: "doc freq norm" each. */
    private static Set<String> decode(String encoded) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < encoded.length(); ) {
            int value = 0;
            int shift = 0;
            int digit;
            do {
                digit = DIGITS.indexOf(encoded.charAt(i++));
                value += (digit & 31) << shift;
                shift += 5;
            } while (digit >= 32);
            values.add(value);
        }
        Set<String> postings = new TreeSet<>();
        for (int i = 0; i < values.size(); ) {
            int freq = values.get(i++);
            int norm = values.get(i++);
            int count = values.get(i++);
            int doc = -1;
            for (int k = 0; k < count; k++) {
                doc += values.get(i++);
                postings.add(doc + " " + freq + " " + norm);
            }
        }
        return postings;
    }

    @Test
    void everyPostingComesBackWithItsFrequencyAndNorm() {
        PostingList list = new PostingList(6, 100);
        list.add(3, 1, 40);
        list.add(7, 2, 40);
        list.add(8, 1, 40);
        list.add(1000, 1, 200);
        list.add(1001, 35, 7);
        list.add(40000, 1, 40);
        assertEquals(Set.of("3 1 40", "7 2 40", "8 1 40", "1000 1 200", "1001 35 7", "40000 1 40"), decode(list.encode()));
    }

    @Test
    void postingsThatShareAFrequencyAndNormCostTheirDocumentGapsAlone() {
        PostingList list = new PostingList(1000, 100);
        for (int doc = 0; doc < 1000; doc++) {
            list.add(doc * 10, 1 + doc % 2, 60);
        }
        String encoded = list.encode();
        assertEquals(1000, decode(encoded).size());
        // two groups of 500 documents 20 apart: one character a gap, and a few for each group's frequency, norm, size
        assertTrue(encoded.length() <= 1000 + 12, encoded.length() + " characters");
    }

    @Test
    void sortedByImpactTheBestScoreComesFirstAndTiesGoToTheLowerDocument() {
        Random random = new Random(7);
        PostingList list = new PostingList(3000, 120);
        List<int[]> postings = new ArrayList<>();
        for (int doc = 0; postings.size() < 3000; doc += 1 + random.nextInt(5)) {
            // few frequencies and norms, so that many postings tie
            int[] posting = {doc, 1 + random.nextInt(4), 20 + 10 * random.nextInt(8)};
            postings.add(posting);
            list.add(posting[0], posting[1], posting[2]);
        }
        list.sortByImpact();
        for (int i = 1; i < list.size(); i++) {
            double before = bm25(list.freq(i - 1), list.norm(i - 1));
            double after = bm25(list.freq(i), list.norm(i));
            assertTrue(before > after || before == after && list.doc(i - 1) < list.doc(i),
                    "at " + i + ": " + before + " doc " + list.doc(i - 1) + ", then " + after + " doc " + list.doc(i));
        }
        assertEquals(postings.stream().map(p -> p[0] + " " + p[1] + " " + p[2]).collect(Collectors.toSet()),
                decode(list.encode()));
    }

    @Test
    void postingsOutOfDocumentOrderAreRefused() {
        PostingList list = new PostingList(2, 100);
        list.add(9, 1, 40);
        list.add(3, 1, 40);
        assertThrows(IllegalStateException.class, list::sortByImpact);
    }

    /** A posting's BM25 score for a term, with Lucene's k1 and b, given the lists' average length of 120. */
    private static double bm25(int freq, int norm) {
        double length = SmallFloat.byte4ToInt((byte) norm);
        return freq / (freq + 1.2 * (1 - 0.75 + 0.75 * length / 120));
    }
}
