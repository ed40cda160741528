package kz.adal.search;

import java.util.Arrays;
import org.apache.lucene.util.SmallFloat;

/** One term's postings in one field: document, frequency and norm byte, in parallel arrays. */
final class PostingList {
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final double averageLength;
    private int[] docs;
    private int[] freqs;
    private int[] norms;
    private int size;

    PostingList(int capacity, double averageLength) {
        this.averageLength = averageLength;
        docs = new int[capacity];
        freqs = new int[capacity];
        norms = new int[capacity];
    }

    int size() {
        return size;
    }

    int doc(int i) {
        return docs[i];
    }

    int freq(int i) {
        return freqs[i];
    }

    int norm(int i) {
        return norms[i];
    }

    void add(int doc, int freq, int norm) {
        docs[size] = doc;
        freqs[size] = freq;
        norms[size] = norm;
        size++;
    }

    /** BM25's term-frequency part up to constant factors: what orders a term's postings by score. */
    private double impact(int i) {
        double length = SmallFloat.byte4ToInt((byte) norms[i]);
        return freqs[i] / (freqs[i] + 1.2 * (0.25 + 0.75 * length / averageLength));
    }

    /**
     * Best score first; among equal scores the lower document first, as Lucene breaks ties. The postings must be in
     * document order, as Lucene lists them.
     */
    void sortByImpact() {
        double[] impacts = new double[size];
        for (int i = 0; i < size; i++) {
            impacts[i] = impact(i);
        }
        // a counting sort on how many impacts are better, stable so that ties keep the document order: postings
        // share a few frequencies and norms, and a sort of boxed positions took a quarter of the client index's time
        double[] levels = distinctSorted(impacts);
        int[] better = new int[size];
        int[] starts = new int[levels.length + 1];
        for (int i = 0; i < size; i++) {
            if (i > 0 && docs[i] <= docs[i - 1]) {
                throw new IllegalStateException("postings out of document order at " + i + ": " + docs[i]);
            }
            better[i] = levels.length - 1 - Arrays.binarySearch(levels, impacts[i]);
            starts[better[i] + 1]++;
        }
        for (int level = 1; level < starts.length; level++) {
            starts[level] += starts[level - 1];
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[starts[better[i]]++] = i;
        }
        reorder(order);
    }

    private static double[] distinctSorted(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (double value : sorted) {
            if (distinct == 0 || value != sorted[distinct - 1]) {
                sorted[distinct++] = value;
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    PostingList slice(int from, int to) {
        PostingList slice = new PostingList(to - from, averageLength);
        for (int i = from; i < to; i++) {
            slice.add(docs[i], freqs[i], norms[i]);
        }
        return slice;
    }

    private void reorder(int[] order) {
        int[] d = new int[size];
        int[] f = new int[size];
        int[] n = new int[size];
        for (int i = 0; i < size; i++) {
            d[i] = docs[order[i]];
            f[i] = freqs[order[i]];
            n[i] = norms[order[i]];
        }
        docs = d;
        freqs = f;
        norms = n;
    }

    /**
     * The postings grouped by frequency and norm, which most postings of a long list share with many others: for
     * each group its frequency, norm and size, then its documents as gaps, all as variable-length digits. Against a
     * frequency and norm for each posting, a tail of thousands of postings takes half the bytes.
     */
    String encode() {
        // one primitive sort on frequency, norm and document packed in a long: a long list is sorted once per export
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (long) freqs[i] << 40 | (long) norms[i] << 32 | docs[i];
        }
        Arrays.sort(keys);
        StringBuilder encoded = new StringBuilder();
        for (int start = 0, end; start < size; start = end) {
            long group = keys[start] >>> 32;
            end = start;
            while (end < size && keys[end] >>> 32 == group) {
                end++;
            }
            varint(encoded, (int) (group >>> 8));
            varint(encoded, (int) (group & 0xFF));
            varint(encoded, end - start);
            int previous = -1;
            for (int i = start; i < end; i++) {
                int doc = (int) keys[i];
                varint(encoded, doc - previous);
                previous = doc;
            }
        }
        return encoded.toString();
    }

    /** Five bits per character, the sixth says another character follows. */
    private static void varint(StringBuilder out, int value) {
        int v = value;
        while (v >= 32) {
            out.append(DIGITS.charAt(32 | (v & 31)));
            v >>>= 5;
        }
        out.append(DIGITS.charAt(v));
    }
}
