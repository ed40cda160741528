package kz.adal.search.analysis;

import java.io.Reader;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The analysis of Adal's search, for Kazakh and Russian text as people really type it. Two chains share a front:
 * the stemmed chain ({@code kk}, {@code ru}: the language breaks ties) and the folded chain, where each Kazakh
 * letter becomes its Russian-keyboard substitute. Folding is kept out of the stemmed chain because it merges short
 * stems (бол/бөл); the folded field is weighted lower instead.
 */
public final class AdalAnalyzer extends Analyzer {
    /**
     * Which chain: stemmed with a language tie-break, folded, or plain: the words as typed, lower-cased, split at
     * hyphens and with look-alikes repaired, not stemmed nor folded (the query planner's words).
     */
    public enum Chain { KK, RU, FOLDED, PLAIN }

    private final Chain chain;
    private final Set<String> phrases;
    private final boolean forIndex;
    /** Shared by the streams of every field and thread: a chain stems a word the same way in all of them. */
    private final StemCache stems = new StemCache();

    /** The chain as a query runs it. */
    public AdalAnalyzer(Chain chain) {
        this(chain, Set.of(), false);
    }

    private AdalAnalyzer(Chain chain, Set<String> phrases, boolean forIndex) {
        // per field: the indexer holds one field's stream while it asks for the next field's
        super(PER_FIELD_REUSE_STRATEGY);
        this.chain = chain;
        this.phrases = Set.copyOf(phrases);
        this.forIndex = forIndex;
    }

    /**
     * The chain as the index runs it: also each hyphenated word joined ({@code UNI-PASS} as {@code unipass}, so a
     * query typed without the hyphen finds it; see {@link HyphenPartsFilter}), and a term for each of the glossary's
     * {@code phrases} where its words stand together (see {@link GlossaryPhraseFilter}).
     */
    public static AdalAnalyzer forIndex(Chain chain, Set<String> phrases) {
        return new AdalAnalyzer(chain, phrases, true);
    }

    /**
     * Typing {@code 2.1} finds section 2.1 first, not any text with a 2 and a 1; a word with a soft hyphen (or another
     * invisible character, {@link Letters#isInvisible}) in it is found as the word.
     */
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new DotInNumberFilter(new InvisibleCharFilter(reader));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new AdalTokenizer();
        TokenStream result = new HyphenPartsFilter(source, forIndex);
        result = new LookalikeRepairFilter(result);
        result = new LowerCaseFilter(result);
        if (chain == Chain.FOLDED) {
            result = new LetterMapFilter(result, Letters.KAZAKH_TO_RUSSIAN);
            result = new StemFilter(result, Language.KK, KazakhStemmer.FOLDED, stems);
        } else if (chain != Chain.PLAIN) {
            result = new StemFilter(result, chain == Chain.RU ? Language.RU : Language.KK, KazakhStemmer.STANDARD,
                    stems);
        }
        if (chain != Chain.PLAIN) {
            result = new LetterMapFilter(result, LetterMapFilter.YO_AND_SHORT_I);
        }
        if (!phrases.isEmpty()) {
            result = new GlossaryPhraseFilter(result, phrases);
        }
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
