package kz.adal.search.analysis;

import java.util.Map;

/** The letter tables of the analysis; the browser gets the same tables from the client index. */
public final class Letters {
    /** Kazakh letters that Russian has no key for. A token with one of them is Kazakh. */
    public static final String KAZAKH_ONLY = "әғқңөұүһі";

    /**
     * Latin letters typed for their Cyrillic look-alikes inside a Cyrillic word, each as the lower-case Cyrillic letter;
     * with them the Latin letters typed for Kazakh ones where a font or a keyboard lacked those: h for һ (жаhандық),
     * the schwa for ә (сəйкес), the barred o for ө, and the Turkish ö, ü and ğ. Read before lower-casing, as the case
     * tells which letter was meant: H is Н (ОHК), h is һ.
     */
    public static final Map<Character, Character> LATIN_LOOKALIKES = Map.ofEntries(
            Map.entry('a', 'а'), Map.entry('b', 'в'), Map.entry('c', 'с'), Map.entry('e', 'е'), Map.entry('h', 'һ'),
            Map.entry('i', 'і'), Map.entry('k', 'к'), Map.entry('m', 'м'), Map.entry('o', 'о'), Map.entry('p', 'р'),
            Map.entry('t', 'т'), Map.entry('x', 'х'), Map.entry('y', 'у'),
            Map.entry('ə', 'ә'), Map.entry('ɵ', 'ө'), Map.entry('ö', 'ө'), Map.entry('ü', 'ү'), Map.entry('ğ', 'ғ'),
            Map.entry('A', 'а'), Map.entry('B', 'в'), Map.entry('C', 'с'), Map.entry('E', 'е'), Map.entry('H', 'н'),
            Map.entry('I', 'і'), Map.entry('K', 'к'), Map.entry('M', 'м'), Map.entry('O', 'о'), Map.entry('P', 'р'),
            Map.entry('T', 'т'), Map.entry('X', 'х'), Map.entry('Y', 'у'),
            Map.entry('Ə', 'ә'), Map.entry('Ɵ', 'ө'), Map.entry('Ö', 'ө'), Map.entry('Ü', 'ү'), Map.entry('Ğ', 'ғ'));

    /** Each Kazakh letter and the Russian-keyboard letter people type for it. */
    public static final Map<Character, Character> KAZAKH_TO_RUSSIAN = Map.of(
            'ә', 'а', 'ғ', 'г', 'қ', 'к', 'ң', 'н', 'ө', 'о', 'ұ', 'у', 'ү', 'у', 'һ', 'х', 'і', 'и');

    private Letters() {
    }

    /** {@code text} with each Kazakh letter as its Russian-keyboard substitute ({@link #KAZAKH_TO_RUSSIAN}). */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(KAZAKH_TO_RUSSIAN.getOrDefault(text.charAt(i), text.charAt(i)));
        }
        return out.toString();
    }

    /** A letter map as an array indexed by letter (0: unchanged), for the filters' inner loops. */
    static char[] table(Map<Character, Character> map) {
        char[] table = new char[map.keySet().stream().mapToInt(c -> c).max().orElse(0) + 1];
        map.forEach((from, to) -> table[from] = to);
        return table;
    }

    /**
     * Whether {@code c} is what a word processor or a web page leaves inside words and nobody sees or types: the soft
     * hyphen, the zero-width space, non-joiner and joiner, the word joiner or the byte order mark. Analysis takes
     * them out of words.
     */
    public static boolean isInvisible(int c) {
        return c == 0x00AD || c >= 0x200B && c <= 0x200D || c == 0x2060 || c == 0xFEFF;
    }

    /** Letters and digits of the scripts in the content, and the hyphen inside words. */
    public static boolean isTokenChar(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-'
                || c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7 || c == 'ə' || c == 'ɵ' || isCyrillic(c);
    }

    public static boolean isCyrillic(int c) {
        return c >= 0x0400 && c <= 0x052F;
    }

    public static boolean isLatinLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x00C0 && c <= 0x024F;
    }

    public static boolean hasKazakhLetter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (KAZAKH_ONLY.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    public static boolean hasCyrillic(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isCyrillic(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
