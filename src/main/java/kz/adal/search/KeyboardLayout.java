package kz.adal.search;

import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Reads a query typed with the wrong keyboard layout as what the typist meant: text typed with the Latin layout
 * active as the Russian-layout Cyrillic ({@code ctu} is {@code сег}), a Latin word typed with the Cyrillic layout
 * active as its keys ({@code Екфтызфкутсн} is {@code transparency}), and digits typed on the Kazakh layout's number
 * row, where the keys 1 to 0 give {@code " ә і ң ғ , . ү ұ қ} (RST KazSSR 903-90): {@code әқәң} is {@code 2024}.
 */
public final class KeyboardLayout {
    public static final String LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
    public static final String CYRILLIC = "йцукенгшщзхъфывапролджэячсмитьбюё";
    /** The Kazakh layout's keys 1, 2, ... 9, 0. */
    public static final String KAZAKH_NUMBER_ROW = "\"әіңғ,.үұқ";
    private static final String DIGITS = "1234567890";
    /**
     * A word of two or more of the number row's keys alone, with a letter among them: a number, since no Kazakh word
     * is so spelt. One key is left as typed: it is the first letter of a word being typed (ү of үкімет) more often
     * than a number.
     */
    private static final Pattern NUMBER_ROW_WORD = Pattern.compile("(?=.{2})[\"әіңғ,.үұқ]*[әіңғүұқ][\"әіңғ,.үұқ]*");

    private KeyboardLayout() {
    }

    public static boolean hasLatinLetter(String text) {
        return text.chars().anyMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
    }

    /** The Russian layout's letters on the keys of {@code text}'s Latin letters; other characters as they are. */
    public static String toCyrillic(String text) {
        return sameKeys(text, LATIN, CYRILLIC);
    }

    /** The Latin layout's keys of {@code word}'s letters on the Russian layout; other characters as they are. */
    public static String toLatin(String word) {
        return sameKeys(word, CYRILLIC, LATIN);
    }

    /** {@code text} in lower case, each character of layout {@code from} as the one on its key in layout {@code to}. */
    private static String sameKeys(String text, String from, String to) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            int i = from.indexOf(c);
            out.append(i >= 0 ? to.charAt(i) : c);
        }
        return out.toString();
    }

    /**
     * {@code text} with each word typed with the Cyrillic layout on where Latin was meant read as its keys: a word of
     * the Russian layout's letters (hyphens and digits beside them) that no document holds as typed and some hold as
     * its keys ({@code ГТШ-ЗФЫЫ} is {@code uni-pass}). Empty when no word is. A word with a Kazakh letter was typed on
     * the Kazakh layout's number row, which has no Latin letters.
     */
    public static Optional<String> latinKeys(String text, ToIntFunction<String> documentsWith) {
        return QueryWords.read(text, word -> {
            if (!onRussianKeys(word) || documentsWith.applyAsInt(word) > 0) {
                return word;
            }
            String keys = toLatin(word);
            return documentsWith.applyAsInt(keys) > 0 ? keys : word;
        });
    }

    /** Whether {@code word} has a letter, and only letters of the Russian layout, hyphens and digits. */
    private static boolean onRussianKeys(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.chars().anyMatch(c -> CYRILLIC.indexOf(c) >= 0)
                && lower.chars().allMatch(c -> CYRILLIC.indexOf(c) >= 0 || c == '-' || c >= '0' && c <= '9');
    }

    /**
     * {@code text} with each word typed on the Kazakh layout's number row read as the digits of its keys; empty when
     * no word is.
     */
    public static Optional<String> numberRowDigits(String text) {
        return QueryWords.read(text.toLowerCase(Locale.ROOT), word -> {
            if (!NUMBER_ROW_WORD.matcher(word).matches()) {
                return word;
            }
            StringBuilder digits = new StringBuilder(word.length());
            word.chars().forEach(c -> digits.append(DIGITS.charAt(KAZAKH_NUMBER_ROW.indexOf(c))));
            return digits.toString();
        });
    }
}
