package kz.adal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Kazakh or Russian written in Latin letters as the Cyrillic it stands for: the way people write without a
 * Cyrillic keyboard ({@code jemqorlyq}, {@code korrupciya}, {@code zhemkorlyk}, {@code qogamdyq} without the marks
 * of ғ and the other Kazakh letters), in the Kazakh Latin alphabet of 2021
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
            // qyzmetshi is қызметші: ts before h is т and the sh of ш, not ц and х
            List.of("ng", "ң", "нг", "нғ"), List.of("tsh", "тш"), List.of("ts", "ц", "тс"), List.of("ya", "я"),
            List.of("yu", "ю", "ыу", "ыұ", "ыү"),
            List.of("yo", "ё"),
            // after a vowel i is й: sybailas, sybaiyldyq
            List.of("ai", "ай"), List.of("ei", "ей"), List.of("oi", "ой"), List.of("ui", "уй", "ұй", "үй", "уі"),
            List.of("yi", "ый"), List.of("äi", "әй"), List.of("öi", "өй"), List.of("üi", "үй", "үі"),
            List.of("a'", "ә"), List.of("g'", "ғ"), List.of("n'", "ң"), List.of("o'", "ө"), List.of("u'", "ү"),
            List.of("s'", "ш"), List.of("c'", "ч"), List.of("i'", "і"), List.of("y'", "у"),
            List.of("a", "а", "ә"), List.of("á", "ә"), List.of("ä", "ә"), List.of("b", "б"), List.of("c", "ц"),
            List.of("ç", "ч"), List.of("d", "д"), List.of("e", "е"), List.of("f", "ф"), List.of("g", "г", "ғ"),
            List.of("ǵ", "ғ"), List.of("ğ", "ғ"), List.of("h", "х", "һ"), List.of("i", "и", "і"), List.of("ı", "і", "и"),
            List.of("j", "ж"), List.of("k", "к", "қ"), List.of("l", "л"), List.of("m", "м"), List.of("n", "н", "ң"),
            List.of("ń", "ң"), List.of("ñ", "ң"), List.of("o", "о", "ө"), List.of("ó", "ө"), List.of("ö", "ө"),
            List.of("p", "п"), List.of("q", "қ"), List.of("r", "р"), List.of("s", "с"), List.of("ş", "ш"),
            List.of("t", "т"), List.of("u", "у", "ұ", "ү"), List.of("ú", "ү"), List.of("ü", "ү"), List.of("ū", "ұ"),
            List.of("v", "в"), List.of("w", "у"), List.of("x", "кс"), List.of("y", "ы"), List.of("ý", "у"),
            List.of("z", "з"));
    /**
     * The Kazakh letters people also write as a Latin letter without its mark (ә as a, ө o, ғ g, қ k, ң n), which
     * {@link #SPELLINGS} lists after the plain letter: a reading that guesses more of them is the less likely (aldyn
     * is алдын, which the index holds, not алдың, a form of ал).
     */
    public static final String WITHOUT_MARKS = "әөғқң";
    /** Spellings read otherwise at a word's start, before {@link #SPELLINGS}: Russian words begin with э. */
    public static final List<List<String>> WORD_START = List.of(List.of("e", "е", "э"));
    /** The most spellings {@link #spellings} gives of a word. */
    public static final int MAX_SPELLINGS = 64;

    private Transliteration() {
    }

    /** {@code text} lower-cased, each Latin spelling read as its (first) Cyrillic letters; everything else as it is. */
    public static String toCyrillic(String text) {
        return String.join("", readings(text.toLowerCase(Locale.ROOT), 0).get(0));
    }

    /**
     * The Cyrillic that {@code word}'s Latin letters stand for, lower-cased, in each spelling: the first as
     * {@link #toCyrillic} reads it, then with its spellings of several letters read as each of them, in turn from the
     * first, then with a plain letter read as the Kazakh one with a mark (a for ә), first at one place, then at two...,
     * as far as {@link #MAX_SPELLINGS} allows (memlekettik is also мемлекеттік, uiym ұйым, үйым and уіым, ekonomikaga
     * экономикаға).
     */
    public static List<String> spellings(String word) {
        return readings(word.toLowerCase(Locale.ROOT), MAX_SPELLINGS).stream().map(r -> String.join("", r)).toList();
    }

    /**
     * The readings of {@code lower}, each as its pieces (a spelling's letters, or a character as it is): first every
     * spelling read as its first letters; then, for each spelling with several letters in turn, every reading so far
     * with each of its other letters there, while the readings added stay within {@code most}; then each of those with
     * letters without their marks read as the Kazakh ones, the fewest such guesses first, while the readings stay
     * within {@code most}. A mark guessed is the likelier the fewer there are (aldyn is алдын, not алдың), so with
     * many plain letters of that kind (ekonomikaga) the readings with one guess come before those with the first two.
     */
    private static List<List<String>> readings(String lower, int most) {
        List<String> pieces = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        List<List<String>> choices = new ArrayList<>();
        for (int i = 0; i < lower.length(); ) {
            List<String> spelling = spellingAt(i == 0 ? WORD_START : List.of(), lower, i);
            if (spelling == null) {
                pieces.add(String.valueOf(lower.charAt(i++)));
                continue;
            }
            if (spelling.size() > 2) {
                places.add(pieces.size());
                choices.add(spelling);
            }
            pieces.add(spelling.get(1));
            i += spelling.get(0).length();
        }
        List<List<String>> readings = new ArrayList<>(List.of(pieces));
        // the choices of plain letters that may stand for a Kazakh letter with a mark (a for ә)
        List<Integer> marks = new ArrayList<>();
        boolean full = false;
        for (int c = 0; c < choices.size(); c++) {
            List<String> choice = choices.get(c);
            if (guessesMark(choice)) {
                marks.add(c);
                continue;
            }
            full |= readings.size() * (choice.size() - 1) > most;
            if (full) {
                continue;
            }
            List<List<String>> more = new ArrayList<>();
            for (List<String> reading : readings) {
                for (String letters : choice.subList(2, choice.size())) {
                    List<String> other = new ArrayList<>(reading);
                    other.set(places.get(c), letters);
                    more.add(other);
                }
            }
            readings.addAll(more);
        }
        // each reading of the last round with one mark more, after the last it guessed: no reading twice
        List<Guessed> round = readings.stream().map(reading -> new Guessed(reading, -1)).toList();
        while (!round.isEmpty() && readings.size() < most) {
            List<Guessed> next = new ArrayList<>();
            for (Guessed guessed : round) {
                for (int k = guessed.lastMark() + 1; k < marks.size() && readings.size() + next.size() < most; k++) {
                    List<String> other = new ArrayList<>(guessed.pieces());
                    other.set(places.get(marks.get(k)), choices.get(marks.get(k)).get(2));
                    next.add(new Guessed(other, k));
                }
            }
            next.forEach(guessed -> readings.add(guessed.pieces()));
            round = next;
        }
        return readings;
    }

    /** A reading, and the last of the word's plain letters it read with a mark (-1: none). */
    private record Guessed(List<String> pieces, int lastMark) {
    }

    /** Whether {@code spelling} is a plain letter that may stand for a Kazakh one with a mark ({@code a} for ә). */
    private static boolean guessesMark(List<String> spelling) {
        return spelling.size() == 3 && WITHOUT_MARKS.contains(spelling.get(2));
    }

    private static List<String> spellingAt(List<List<String>> first, String text, int at) {
        for (List<List<String>> spellings : List.of(first, SPELLINGS)) {
            for (List<String> spelling : spellings) {
                if (text.startsWith(spelling.get(0), at)) {
                    return spelling;
                }
            }
        }
        return null;
    }
}
