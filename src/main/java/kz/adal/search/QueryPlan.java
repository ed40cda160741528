package kz.adal.search;

import java.util.List;
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

    /** The Lucene query: every word must match when {@code requireAll}, otherwise any word may. */
    public Query toLucene(boolean requireAll) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Word word : words) {
            if (word.clauses().isEmpty()) {
                continue;
            }
            List<Query> terms = word.clauses().stream()
                    .map(c -> (Query) new BoostQuery(new TermQuery(new Term(c.field(), c.term())), c.boost()))
                    .toList();
            query.add(new DisjunctionMaxQuery(terms, 0f),
                    requireAll ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }
}
