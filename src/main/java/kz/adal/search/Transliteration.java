package kz.adal.search;

import java.util.List;
import java.util.Locale;

/**
 * Reads Kazakh or Russian written in Latin letters as the Cyrillic it stands for: the way people write without a
 * Cyrillic keyboard ({@code jemqorlyq}, {@code korrupciya}, {@code zhemkorlyk}), in the Kazakh Latin alphabet of 2021
 * ({@code sybaılas jemqorlyq}, {@code Zańnyń}) or of 2017, with apostrophes ({@code zan'ny'n}). Where one Latin
 * spelling stands for several letters (i for и and і, u for у, ұ and ү) it gives one of them: the folded field, in
 * which those letters meet, and typo tolerance find the rest.
 */
public final class Transliteration {
    /** Each Latin spelling and its Cyrillic letters, the longest spellings first: they are matched in this order. */
    public static final List<List<String>> SPELLINGS = List.of(
            List.of("shch", "щ"), List.of("sch", "щ"),
            List.of("sh", "ш"), List.of("ch", "ч"), List.of("zh", "ж"), List.of("kh", "х"), List.of("gh", "ғ"),
            List.of("ng", "ң"), List.of("ts", "ц"), List.of("ya", "я"), List.of("yu", "ю"), List.of("yo", "ё"),
            // after a vowel i is й: sybailas, sybaiyldyq
            List.of("ai", "ай"), List.of("ei", "ей"), List.of("oi", "ой"), List.of("ui", "уй"), List.of("yi", "ый"),
            List.of("a'", "ә"), List.of("g'", "ғ"), List.of("n'", "ң"), List.of("o'", "ө"), List.of("u'", "ү"),
            List.of("s'", "ш"), List.of("c'", "ч"), List.of("i'", "і"), List.of("y'", "у"),
            List.of("a", "а"), List.of("á", "ә"), List.of("ä", "ә"), List.of("b", "б"), List.of("c", "ц"),
            List.of("ç", "ч"), List.of("d", "д"), List.of("e", "е"), List.of("f", "ф"), List.of("g", "г"),
            List.of("ǵ", "ғ"), List.of("ğ", "ғ"), List.of("h", "х"), List.of("i", "и"), List.of("ı", "і"),
            List.of("j", "ж"), List.of("k", "к"), List.of("l", "л"), List.of("m", "м"), List.of("n", "н"),
            List.of("ń", "ң"), List.of("ñ", "ң"), List.of("o", "о"), List.of("ó", "ө"), List.of("ö", "ө"),
            List.of("p", "п"), List.of("q", "қ"), List.of("r", "р"), List.of("s", "с"), List.of("ş", "ш"),
            List.of("t", "т"), List.of("u", "у"), List.of("ú", "ү"), List.of("ü", "ү"), List.of("ū", "ұ"),
            List.of("v", "в"), List.of("w", "у"), List.of("x", "кс"), List.of("y", "ы"), List.of("ý", "у"),
            List.of("z", "з"));

    private Transliteration() {
    }

    /** {@code text} lower-cased, each Latin spelling read as its Cyrillic letters; everything else as it is. */
    public static String toCyrillic(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            List<String> spelling = spellingAt(lower, i);
            if (spelling == null) {
                out.append(lower.charAt(i++));
            } else {
                out.append(spelling.get(1));
                i += spelling.get(0).length();
            }
        }
        return out.toString();
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
