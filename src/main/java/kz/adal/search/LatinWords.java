package kz.adal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import kz.adal.search.analysis.Letters;

/**
 * Reads each word of a query that has a Latin letter as its typist meant it, as the likeliest of these that the
 * index holds ({@link Reading}): the Cyrillic it transliterates, in each spelling its letters stand for (memlekettik
 * is мемлекеттік, not мемлекеттик; qogamdyq қоғамдық), its keys on the Russian layout (cjn is сот), or the word as
 * typed (Transparency), if more documents hold it; where the index holds none, the first transliteration, which the
 * folded field and typo tolerance may still find.
 */
public final class LatinWords {
    private LatinWords() {
    }

    /** {@code query} with each word that has a Latin letter read as meant; empty when every word stays as typed. */
    public static Optional<String> asMeant(String query, ToIntFunction<String> documentsWith) {
        return QueryWords.read(query, word -> hasLatinLetter(word) ? wordAsMeant(word, documentsWith) : word);
    }

    /**
     * {@code query} read as {@link #asMeant}, when every word it reads otherwise is one the index holds (bir is бір);
     * empty otherwise, or when every word stays as typed.
     */
    public static Optional<String> asHeld(String query, ToIntFunction<String> documentsWith) {
        List<String> notHeld = new ArrayList<>();
        Optional<String> meant = QueryWords.read(query, word -> {
            String read = hasLatinLetter(word) ? wordAsMeant(word, documentsWith) : word;
            if (!read.equals(word) && documentsWith.applyAsInt(read) == 0) {
                notHeld.add(read);
            }
            return read;
        });
        return notHeld.isEmpty() ? meant : Optional.empty();
    }

    /** Whether {@code text} has a Latin letter, with or without marks (the alphabet of 2021's ü, ş, ı too). */
    private static boolean hasLatinLetter(String text) {
        return text.codePoints().anyMatch(Letters::isLatinLetter);
    }

    private static String wordAsMeant(String word, ToIntFunction<String> documentsWith) {
        List<String> spellings = Transliteration.spellings(word);
        List<String> readings = new ArrayList<>(spellings);
        readings.add(KeyboardLayout.toCyrillic(word));
        long plainMarks = count(spellings.get(0), Transliteration.WITHOUT_MARKS);
        Reading best = null;
        for (String text : readings) {
            Reading reading = new Reading(text, documentsWith.applyAsInt(text),
                    Math.max(0, count(text, Transliteration.WITHOUT_MARKS) - plainMarks));
            if (best == null || reading.isLikelierThan(best)) {
                best = reading;
            }
        }
        return documentsWith.applyAsInt(word) > best.documents() ? word : best.text();
    }

    /** A reading of a word: its text, how many documents hold it, and for how many letters it guessed a mark. */
    private record Reading(String text, int documents, long guessedMarks) {
        /**
         * A reading documents hold before one none does; of two they hold, the one that guesses fewer marks (aldyn is
         * алдын, which the index holds, not алдың, a form of ал; qogamdyq is қоғамдық, since it holds no қогамдық),
         * then the one more documents hold (memlekettik is мемлекеттік), then the one with more letters of Kazakh
         * alone (беріп, not берип, both бер to the stemmer). Of two no document holds, the first.
         */
        boolean isLikelierThan(Reading other) {
            if (documents == 0 || other.documents == 0) {
                return documents > other.documents;
            }
            if (guessedMarks != other.guessedMarks) {
                return guessedMarks < other.guessedMarks;
            }
            if (documents != other.documents) {
                return documents > other.documents;
            }
            return count(text, Letters.KAZAKH_ONLY) > count(other.text, Letters.KAZAKH_ONLY);
        }
    }

    private static long count(String word, String letters) {
        return word.chars().filter(c -> letters.indexOf(c) >= 0).count();
    }
}
