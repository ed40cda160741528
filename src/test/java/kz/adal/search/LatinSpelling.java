package kz.adal.search;

import java.util.HashMap;
import java.util.Map;

/** A Cyrillic word as people write it in Latin letters: with the marks of the Kazakh Latin alphabet, or without. */
final class LatinSpelling {
    private static final String[][] LETTERS = {{"а", "a"}, {"ә", "ä"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"ғ", "ğ"},
        {"д", "d"}, {"е", "e"}, {"ё", "yo"}, {"ж", "j"}, {"з", "z"}, {"и", "i"}, {"й", "i"}, {"і", "i"}, {"к", "k"},
        {"қ", "q"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"ң", "ñ"}, {"о", "o"}, {"ө", "ö"}, {"п", "p"}, {"р", "r"},
        {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ұ", "u"}, {"ү", "ü"}, {"ф", "f"}, {"х", "h"}, {"һ", "h"}, {"ц", "ts"},
        {"ч", "ch"}, {"ш", "ş"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"}, {"я", "ya"}};
    /**
     * The Kazakh Latin alphabet of 2021's letters with marks, but i for и, і and й, u for у and ұ, h for х and һ, as
     * most write them.
     */
    static final LatinSpelling WITH_MARKS = new LatinSpelling(Map.of());
    /** As on a phone: the plain letter for each Kazakh one, ш as sh. */
    static final LatinSpelling WITHOUT_MARKS = new LatinSpelling(Map.of('ә', "a", 'ғ', "g", 'ң', "n", 'ө', "o",
            'ү', "u", 'ш', "sh"));
    private final Map<Character, String> latin = new HashMap<>();

    private LatinSpelling(Map<Character, String> otherwise) {
        for (String[] letter : LETTERS) {
            latin.put(letter[0].charAt(0), letter[1]);
        }
        latin.putAll(otherwise);
    }

    /** Whether every letter of {@code word}, lower case, has a Latin spelling here. */
    boolean canWrite(String word) {
        return word.chars().allMatch(c -> latin.containsKey((char) c));
    }

    String write(String word) {
        StringBuilder typed = new StringBuilder();
        word.chars().forEach(c -> typed.append(latin.get((char) c)));
        return typed.toString();
    }
}
