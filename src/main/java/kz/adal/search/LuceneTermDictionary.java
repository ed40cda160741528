package kz.adal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** The terms of a Lucene index, stemmed and folded, by their first two characters. */
public final class LuceneTermDictionary implements TermDictionary {
    private final LeafReader reader;
    private final Map<String, List<String>> stemmed = new ConcurrentHashMap<>();
    private final Map<String, List<String>> folded = new ConcurrentHashMap<>();

    public LuceneTermDictionary(LeafReader reader) {
        this.reader = reader;
    }

    @Override
    public List<String> termsStartingWith(String twoChars) {
        return stemmed.computeIfAbsent(twoChars, prefix -> read(prefix, SearchFields.STEMMED));
    }

    @Override
    public List<String> foldedTermsStartingWith(String twoChars) {
        return folded.computeIfAbsent(twoChars, prefix -> read(prefix, List.of(SearchFields.FOLDED)));
    }

    @Override
    public int documentsWith(String term) {
        int most = 0;
        try {
            for (String field : SearchFields.STEMMED) {
                most = Math.max(most, reader.docFreq(new Term(field, term)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return most;
    }

    private List<String> read(String prefix, List<String> fields) {
        TreeSet<String> terms = new TreeSet<>();
        try {
            for (String field : fields) {
                Terms fieldTerms = reader.terms(field);
                if (fieldTerms == null) {
                    continue;
                }
                TermsEnum e = fieldTerms.iterator();
                if (e.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
                    continue;
                }
                for (BytesRef t = e.term(); t != null; t = e.next()) {
                    String term = t.utf8ToString();
                    if (!term.startsWith(prefix)) {
                        break;
                    }
                    terms.add(term);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }
}
