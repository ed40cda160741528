package kz.adal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query as concrete terms: for each word, the field terms that may match it and how much each counts. A word
 * scores as its best matching term (a disjunction max); the query scores as the sum of its words. The browser
 * executes the same plan on the client index with the same BM25 arithmetic. {@code glossaryEntries} are the glossary
 * entries whose synonyms it searched too, in the order it brought them in.
 */
public record QueryPlan(List<Word> words, List<Integer> glossaryEntries) {

    /** A term in a field, with its weight. */
    public record Clause(String field, String term, float boost) {
    }

    /** What one query word may match. */
    public record Word(String text, List<Clause> clauses) {
    }

    public boolean isEmpty() {
        return words.stream().allMatch(w -> w.clauses().isEmpty());
    }

    /**
     * The Lucene query of the documents that match at least {@code need} of its {@link #distinctWords() distinct
     * words}, each word once, its clauses' boosts times its count: how the browser counts a repeated word.
     */
    public Query toLucene(int need) {
        Map<List<Clause>, Integer> counts = new LinkedHashMap<>();
        words.stream().filter(w -> !w.clauses().isEmpty()).forEach(w -> counts.merge(w.clauses(), 1, Integer::sum));
        BooleanQuery.Builder query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(need);
        counts.forEach((clauses, count) -> query.add(new DisjunctionMaxQuery(clauses.stream()
                .map(c -> (Query) new BoostQuery(new TermQuery(new Term(c.field(), c.term())), count * c.boost()))
                .toList(), 0f), BooleanClause.Occur.SHOULD));
        return query.build();
    }

    /** How many words may match, a word repeated counted once. */
    public int distinctWords() {
        return (int) words.stream().map(Word::clauses).filter(c -> !c.isEmpty()).distinct().count();
    }
}
