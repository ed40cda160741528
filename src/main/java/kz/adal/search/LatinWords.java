package kz.adal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import kz.adal.search.analysis.Letters;

/**
 * Reads each word of a query that has a Latin letter as its typist meant it, as whichever of these the most documents
 * hold: the Cyrillic it transliterates, in each spelling its letters stand for (memlekettik is мемлекеттік, not
 * мемлекеттик), its keys on the Russian layout (cjn is сот), or the word as typed (Transparency). Of readings the
 * same documents hold (беріп and берип, both бер to the stemmer), the one with more letters of Kazakh alone; where
 * the index holds none, the first transliteration, which the folded field and typo tolerance may still find.
 */
public final class LatinWords {
    private LatinWords() {
    }

    /** {@code query} with each word that has a Latin letter read as meant; empty when every word stays as typed. */
    public static Optional<String> asMeant(String query, ToIntFunction<String> documentsWith) {
        return QueryWords.read(query, word -> hasLatinLetter(word) ? wordAsMeant(word, documentsWith) : word);
    }

    /** Whether {@code text} has a Latin letter, with or without marks (the alphabet of 2021's ü, ş, ı too). */
    private static boolean hasLatinLetter(String text) {
        return text.codePoints().anyMatch(Letters::isLatinLetter);
    }

    private static String wordAsMeant(String word, ToIntFunction<String> documentsWith) {
        List<String> readings = new ArrayList<>(Transliteration.spellings(word));
        readings.add(KeyboardLayout.toCyrillic(word));
        String best = null;
        int most = -1;
        for (String reading : readings) {
            int documents = documentsWith.applyAsInt(reading);
            if (documents > most || documents == most && documents > 0 && kazakhLetters(reading) > kazakhLetters(best)) {
                best = reading;
                most = documents;
            }
        }
        return documentsWith.applyAsInt(word) > most ? word : best;
    }

    private static long kazakhLetters(String word) {
        return word.chars().filter(c -> Letters.KAZAKH_ONLY.indexOf(c) >= 0).count();
    }
}
