package kz.adal.search.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The stems one chain has made, by word: an archive repeats its words, and stemming tries every ending of both
 * languages on each, a fifth of the search index's analysis. Bounded, since a build's words are unbounded too;
 * past the bound words are stemmed each time, with the same result.
 */
public final class StemCache {
    private final Map<String, String> stems = new ConcurrentHashMap<>();
    private final int maxWords;

    /**
     * Up to 50,000 words, about 8 MB at most (a word, its stem and the map's entry take some 160 bytes): the 10,000
     * generated protocols, made of the seed's sentences, have 1,700 distinct words in each chain.
     */
    public StemCache() {
        this(50_000);
    }

    StemCache(int maxWords) {
        this.maxWords = maxWords;
    }

    /** The stem of {@code word}, which {@code stemmer} makes the first time. */
    String stem(String word, UnaryOperator<String> stemmer) {
        String stem = stems.get(word);
        if (stem == null) {
            stem = stemmer.apply(word);
            if (stems.size() < maxWords) {
                stems.put(word, stem);
            }
        }
        return stem;
    }
}
