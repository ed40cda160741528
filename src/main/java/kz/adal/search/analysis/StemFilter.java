package kz.adal.search.analysis;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Stems each Cyrillic token as Kazakh or as Russian. A Kazakh-only letter makes a token Kazakh; otherwise the
 * document's language decides. Latin words and numbers are left as they are.
 */
public final class StemFilter extends TokenFilter {
    private static final int MAX_SEEN = 4096;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final RussianStemmer russian = new RussianStemmer();
    private final Language tieBreak;
    private final KazakhStemmer kazakh;
    private final StemCache stems;
    /** Made once: a method reference made for every token costs half what the cache saves. */
    private final UnaryOperator<String> stemmer = this::stem;
    /**
     * This stream's own stems, looked up in the term's buffer: a word met again is neither made a string nor looked
     * up in the shared cache. Bounded as the shared cache is, and far smaller: each field of each thread has one.
     */
    private final CharArrayMap<String> seen = new CharArrayMap<>(64, false);

    /** {@code stems} remembers the stems of this tie-break and stemmer, for every stream of its analyzer. */
    public StemFilter(TokenStream input, Language tieBreak, KazakhStemmer kazakh, StemCache stems) {
        super(input);
        this.tieBreak = tieBreak;
        this.kazakh = kazakh;
        this.stems = stems;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!Letters.hasCyrillic(term)) {
            return true;
        }
        String stem = seen.get(term.buffer(), 0, term.length());
        if (stem == null) {
            String word = term.toString();
            stem = stems.stem(word, stemmer);
            if (seen.size() < MAX_SEEN) {
                seen.put(word, stem);
            }
        }
        term.setEmpty().append(stem);
        return true;
    }

    private String stem(String word) {
        if (Letters.hasKazakhLetter(word) || tieBreak == Language.KK) {
            return kazakh.stem(word);
        }
        russian.setCurrent(word);
        russian.stem();
        return russian.getCurrent();
    }
}
