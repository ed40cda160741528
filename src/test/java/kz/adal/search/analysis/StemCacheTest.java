package kz.adal.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StemCacheTest {
    private final List<String> stemmed = new ArrayList<>();

    private String stem(String word) {
        stemmed.add(word);
        return KazakhStemmer.STANDARD.stem(word);
    }

    @Test
    void aWordIsStemmedOnceAndThenRemembered() {
        StemCache cache = new StemCache();
        assertEquals("жемқорлық", cache.stem("жемқорлыққа", this::stem));
        assertEquals("жемқорлық", cache.stem("жемқорлыққа", this::stem));
        assertEquals(List.of("жемқорлыққа"), stemmed);
    }

    @Test
    void pastItsBoundAWordIsStemmedEachTimeWithTheSameResult() {
        StemCache cache = new StemCache(1);
        cache.stem("заңның", this::stem);
        assertEquals(KazakhStemmer.STANDARD.stem("қоғамдық"), cache.stem("қоғамдық", this::stem));
        assertEquals(KazakhStemmer.STANDARD.stem("қоғамдық"), cache.stem("қоғамдық", this::stem));
        cache.stem("заңның", this::stem);
        assertEquals(List.of("заңның", "қоғамдық", "қоғамдық"), stemmed);
    }
}
