package kz.adal.render;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Words in the order of a language's alphabet: Kazakh's (а ә б в г ғ д ... ы і ь э ю я), which the JDK has no collator
 * for and whose Russian one files ғ, қ, ң, ү, һ as mere variants of г, к, н, у, н, or Russian's.
 */
public final class Alphabet {
    private static final String KAZAKH = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
    /** A dictionary's order: the space and the hyphen before the digits, the digits before the letters. */
    private static final String KAZAKH_RULES = "<' '<'-'<0<1<2<3<4<5<6<7<8<9" + KAZAKH.chars()
            .mapToObj(c -> "<" + (char) c + "," + Character.toUpperCase((char) c)).collect(Collectors.joining());

    private Alphabet() {
    }

    /** The order of {@code language}'s alphabet ("kk" or "ru"). */
    public static Comparator<String> of(String language) {
        if (!language.equals("kk")) {
            return Collator.getInstance(Locale.forLanguageTag("ru"))::compare;
        }
        try {
            return new RuleBasedCollator(KAZAKH_RULES)::compare;
        } catch (ParseException e) {
            throw new IllegalStateException("the Kazakh alphabet's rules are the JDK's own syntax", e);
        }
    }

    /** The letter a dictionary files {@code word} under: its first, as a capital. */
    public static String initial(String word) {
        return word.isEmpty() ? "" : new String(Character.toChars(Character.toUpperCase(word.codePointAt(0))));
    }
}
