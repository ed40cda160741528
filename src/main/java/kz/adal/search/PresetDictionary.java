package kz.adal.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * A deflate preset dictionary made from the text that many result files repeat: a protocol's title, the archive's
 * breadcrumb, the sentences a month's protocol takes over from the last. Deflated alone, a result file keeps half
 * its size; against this dictionary, a generated protocol's 3 KB of JSON take 0.2 KB.
 */
public record PresetDictionary(String text) {
    /** No dictionary: what the dictionary itself is deflated against. */
    public static final PresetDictionary NONE = new PresetDictionary("");

    /**
     * As far as deflate reaches back, in {@link CyrillicBytes}. The dictionary loads, itself deflated, with a cold
     * first query's results and counts against its 100 KB: at 10,000 protocols 32 KiB travel as 13.8 KB and keep a
     * result file at a median of 204 bytes (in UTF-8, 32 KiB held half the text and kept it at 504 bytes, 16 KiB at
     * 0.76 KB), which every further query gains ten times.
     */
    public static final int MAX_BYTES = 32_768;
    private static final int SAMPLE = 2_000;
    // after a sentence, a line or a JSON value: pieces that start and end where a repetition does
    private static final Pattern PIECE_END = Pattern.compile("(?<=\\. |\\\\n|\",)");

    /** The bytes deflate and inflate start from, as {@link CyrillicBytes}. */
    public byte[] bytes() {
        return CyrillicBytes.encode(text);
    }

    /**
     * The pieces of {@code texts} that save the most when found in the dictionary (how many texts repeat them times
     * their length), up to {@code maxBytes}, the most saving last, where deflate reaches them with the shortest
     * distances. Counted on every n-th text, n the number of texts divided by 2,000 (so on 2,000 to 4,000 of a
     * large archive's texts), which is enough to see what repeats and keeps a large archive's build quick.
     */
    public static PresetDictionary train(List<String> texts, int maxBytes) {
        return train(texts.size(), texts::get, maxBytes);
    }

    /** As {@link #train(List, int)}, for {@code texts} texts made on demand: only the sampled ones are made. */
    public static PresetDictionary train(int texts, IntFunction<String> text, int maxBytes) {
        Map<String, Integer> inTexts = new TreeMap<>();
        int step = Math.max(1, texts / SAMPLE);
        for (int i = 0; i < texts; i += step) {
            Set<String> pieces = new HashSet<>(List.of(PIECE_END.split(text.apply(i))));
            pieces.forEach(piece -> inTexts.merge(piece, 1, Integer::sum));
        }
        List<Candidate> candidates = new ArrayList<>();
        inTexts.forEach((piece, count) -> {
            if (count > 1) {
                candidates.add(new Candidate(piece, CyrillicBytes.length(piece), count));
            }
        });
        candidates.sort(Comparator.comparingLong(Candidate::saving).reversed().thenComparing(Candidate::piece));
        List<String> chosen = new ArrayList<>();
        int bytes = 0;
        for (Candidate c : candidates) {
            if (bytes + c.bytes() <= maxBytes) {
                chosen.add(c.piece());
                bytes += c.bytes();
            }
        }
        Collections.reverse(chosen);
        return new PresetDictionary(String.join("", chosen));
    }

    private record Candidate(String piece, int bytes, int count) {
        long saving() {
            return (long) bytes * (count - 1);
        }
    }
}
