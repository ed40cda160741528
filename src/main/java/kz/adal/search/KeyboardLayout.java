package kz.adal.search;

import java.util.Locale;

/** Reads text typed with the Latin layout active as the Russian-layout Cyrillic the typist meant: {@code ctu} is {@code сег}. */
public final class KeyboardLayout {
    public static final String LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
    public static final String CYRILLIC = "йцукенгшщзхъфывапролджэячсмитьбюё";

    private KeyboardLayout() {
    }

    public static boolean hasLatinLetter(String text) {
        return text.chars().anyMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
    }

    public static String toCyrillic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            int i = LATIN.indexOf(c);
            out.append(i >= 0 ? CYRILLIC.charAt(i) : c);
        }
        return out.toString();
    }
}
