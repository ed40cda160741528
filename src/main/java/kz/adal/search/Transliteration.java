package kz.adal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Kazakh or Russian written in Latin letters as the Cyrillic it stands for: the way people write without a
 * Cyrillic keyboard ({@code jemqorlyq}, {@code korrupciya}, {@code zhemkorlyk}), in the Kazakh Latin alphabet of 2021
 * ({@code sybaılas jemqorlyq}, {@code Zańnyń}) or of 2017, with apostrophes ({@code zan'ny'n}). Where one Latin
 * spelling stands for several letters (i for и and і, u for у, ұ and ү), {@link #toCyrillic} gives the first, and
 * {@link #spellings} each (for {@link LatinWords}, which asks the index).
 */
public final class Transliteration {
    /**
     * Each Latin spelling and its Cyrillic letters, the longest spellings first: they are matched in this order. A
     * spelling that people use for several letters lists them all, the one it is read as when the index cannot tell
     * first.
     */
    public static final List<List<String>> SPELLINGS = List.of(
            List.of("shch", "щ"), List.of("sch", "щ"),
            List.of("sh", "ш"), List.of("ch", "ч"), List.of("zh", "ж"), List.of("kh", "х"), List.of("gh", "ғ"),
            List.of("ng", "ң"), List.of("ts", "ц"), List.of("ya", "я"), List.of("yu", "ю"), List.of("yo", "ё"),
            // after a vowel i is й: sybailas, sybaiyldyq
            List.of("ai", "ай"), List.of("ei", "ей"), List.of("oi", "ой"), List.of("ui", "уй", "ұй", "үй"),
            List.of("yi", "ый"),
            List.of("a'", "ә"), List.of("g'", "ғ"), List.of("n'", "ң"), List.of("o'", "ө"), List.of("u'", "ү"),
            List.of("s'", "ш"), List.of("c'", "ч"), List.of("i'", "і"), List.of("y'", "у"),
            List.of("a", "а"), List.of("á", "ә"), List.of("ä", "ә"), List.of("b", "б"), List.of("c", "ц"),
            List.of("ç", "ч"), List.of("d", "д"), List.of("e", "е"), List.of("f", "ф"), List.of("g", "г"),
            List.of("ǵ", "ғ"), List.of("ğ", "ғ"), List.of("h", "х"), List.of("i", "и", "і"), List.of("ı", "і", "и"),
            List.of("j", "ж"), List.of("k", "к"), List.of("l", "л"), List.of("m", "м"), List.of("n", "н"),
            List.of("ń", "ң"), List.of("ñ", "ң"), List.of("o", "о"), List.of("ó", "ө"), List.of("ö", "ө"),
            List.of("p", "п"), List.of("q", "қ"), List.of("r", "р"), List.of("s", "с"), List.of("ş", "ш"),
            List.of("t", "т"), List.of("u", "у", "ұ", "ү"), List.of("ú", "ү"), List.of("ü", "ү"), List.of("ū", "ұ"),
            List.of("v", "в"), List.of("w", "у"), List.of("x", "кс"), List.of("y", "ы"), List.of("ý", "у"),
            List.of("z", "з"));
    /** How many of a word's spellings with several letters {@link #spellings} reads each way; any after keep the first. */
    public static final int MAX_AMBIGUOUS = 4;

    private Transliteration() {
    }

    /** {@code text} lower-cased, each Latin spelling read as its (first) Cyrillic letters; everything else as it is. */
    public static String toCyrillic(String text) {
        return String.join("", readings(text.toLowerCase(Locale.ROOT), 0).get(0));
    }

    /**
     * The Cyrillic that {@code word}'s Latin letters stand for, lower-cased, in each spelling: the first as
     * {@link #toCyrillic} reads it, then each of its first {@link #MAX_AMBIGUOUS} spellings with several letters read
     * as each of them (memlekettik is also мемлекеттік, uiym ұйым and үйым).
     */
    public static List<String> spellings(String word) {
        return readings(word.toLowerCase(Locale.ROOT), MAX_AMBIGUOUS).stream().map(r -> String.join("", r)).toList();
    }

    /**
     * The readings of {@code lower}, each as its pieces (a spelling's letters, or a character as it is): first every
     * spelling read as its first letters; then, for each of the first {@code ambiguous} spellings with several
     * letters in turn, every reading so far with each of its other letters there.
     */
    private static List<List<String>> readings(String lower, int ambiguous) {
        List<String> pieces = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        List<List<String>> choices = new ArrayList<>();
        for (int i = 0; i < lower.length(); ) {
            List<String> spelling = spellingAt(lower, i);
            if (spelling == null) {
                pieces.add(String.valueOf(lower.charAt(i++)));
                continue;
            }
            if (spelling.size() > 2 && places.size() < ambiguous) {
                places.add(pieces.size());
                choices.add(spelling);
            }
            pieces.add(spelling.get(1));
            i += spelling.get(0).length();
        }
        List<List<String>> readings = new ArrayList<>(List.of(pieces));
        for (int c = 0; c < places.size(); c++) {
            List<List<String>> more = new ArrayList<>();
            for (List<String> reading : readings) {
                for (String letters : choices.get(c).subList(2, choices.get(c).size())) {
                    List<String> other = new ArrayList<>(reading);
                    other.set(places.get(c), letters);
                    more.add(other);
                }
            }
            readings.addAll(more);
        }
        return readings;
    }

    private static List<String> spellingAt(String text, int at) {
        for (List<String> spelling : SPELLINGS) {
            if (text.startsWith(spelling.get(0), at)) {
                return spelling;
            }
        }
        return null;
    }
}
