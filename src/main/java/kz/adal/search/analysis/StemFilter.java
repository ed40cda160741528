package kz.adal.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Stems each Cyrillic token as Kazakh or as Russian. A Kazakh-only letter makes a token Kazakh; otherwise the
 * document's language decides. Latin words and numbers are left as they are.
 */
public final class StemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final RussianStemmer russian = new RussianStemmer();
    private final Language tieBreak;
    private final KazakhStemmer kazakh;

    public StemFilter(TokenStream input, Language tieBreak, KazakhStemmer kazakh) {
        super(input);
        this.tieBreak = tieBreak;
        this.kazakh = kazakh;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!Letters.hasCyrillic(term)) {
            return true;
        }
        String word = term.toString();
        String stem;
        if (Letters.hasKazakhLetter(word) || tieBreak == Language.KK) {
            stem = kazakh.stem(word);
        } else {
            russian.setCurrent(word);
            russian.stem();
            stem = russian.getCurrent();
        }
        term.setEmpty().append(stem);
        return true;
    }
}
