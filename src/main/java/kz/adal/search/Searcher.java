package kz.adal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Answers a query from the Lucene index: all words first; if no document has them all, the best partial matches;
 * if still nothing and the query has Latin letters, its Latin words read as words the index holds (bir is бір), else
 * the same keys read as the Cyrillic layout; if still nothing or only
 * partial matches, each Latin word read as the index holds it: transliterated (jemqorlyq, memlekettik is мемлекеттік),
 * typed on the Cyrillic layout's keys (cjn), or as typed (Transparency) (see {@link LatinWords}); then each word typed
 * with the Cyrillic layout on where Latin was meant (Екфтызфкутсн) read as its keys, if the index holds those; then,
 * if a word of it is the Kazakh layout's number row (әқәң), that word read as the digits of its keys (2024), each when
 * it finds more.
 */
public final class Searcher {
    private final SearchIndex index;
    private final IndexSearcher searcher;
    private final QueryPlanner planner;

    public Searcher(SearchIndex index) {
        this.index = index;
        this.searcher = new IndexSearcher(index.reader());
        this.planner = new QueryPlanner(new LuceneTermDictionary(index.leaf()), index.glossary());
    }

    public QueryPlanner planner() {
        return planner;
    }

    /** The best {@code limit} documents, optionally only of {@code type} ("concept", "protocol"). */
    public List<SearchHit> search(String query, int limit, String type) {
        return answer(query, limit, type).hits();
    }

    /**
     * The hits of a query, the query they are for when it was read another way (other keys, other letters), and the
     * terms as written of each glossary entry whose synonyms it searched too.
     */
    public record Answer(List<SearchHit> hits, Optional<String> searchedAs, List<List<String>> glossary) {
        boolean settled() {
            return !hits.isEmpty() && !hits.get(0).partial();
        }
    }

    /** The best {@code limit} documents, as {@link #search}, and what the query was read as to find them. */
    public Answer answer(String query, int limit, String type) {
        QueryPlan plan = planner.plan(query);
        Answer answer = new Answer(search(plan, limit, type), Optional.empty(), glossaryOf(plan));
        if (answer.hits().isEmpty() && KeyboardLayout.hasLatinLetter(query)) {
            // words the index holds, read from Latin letters (bir is бір), before the keys of the Cyrillic layout,
            // which may be the start of some word (bir's keys ишк begin ішкі, folded) or, as ctu for сег, meant
            answer = LatinWords.asHeld(query, planner::documentsWith).map(meant -> readAs(meant, limit, type))
                    .filter(read -> !read.hits().isEmpty())
                    .orElseGet(() -> readAs(KeyboardLayout.toCyrillic(query), limit, type));
        }
        answer = orMeant(answer, () -> LatinWords.asMeant(query, planner::documentsWith), limit, type);
        answer = orMeant(answer, () -> KeyboardLayout.latinKeys(query, planner::documentsWith), limit, type);
        // a year typed on the Kazakh layout beside words that match (тамыз әқәң) leaves only partial matches as typed
        return orMeant(answer, () -> KeyboardLayout.numberRowDigits(query), limit, type);
    }

    /**
     * The query read as {@code meant}, when that finds more: {@code answer} has no hits, or partial ones and it not.
     * The reading is asked for only then: a Latin word's is up to 65 spellings counted in the index.
     */
    private Answer orMeant(Answer answer, Supplier<Optional<String>> meant, int limit, String type) {
        if (answer.settled()) {
            return answer;
        }
        Optional<String> reading = meant.get();
        if (reading.isEmpty()) {
            return answer;
        }
        Answer read = readAs(reading.get(), limit, type);
        return answer.hits().isEmpty() || read.settled() ? read : answer;
    }

    private Answer readAs(String meant, int limit, String type) {
        QueryPlan plan = planner.plan(meant);
        List<SearchHit> hits = search(plan, limit, type);
        return new Answer(hits, hits.isEmpty() ? Optional.empty() : Optional.of(meant), glossaryOf(plan));
    }

    private List<List<String>> glossaryOf(QueryPlan plan) {
        return plan.glossaryEntries().stream().map(e -> planner.glossary().written().get(e)).toList();
    }

    public List<SearchHit> search(QueryPlan plan, int limit, String type) {
        if (plan.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = run(plan.toLucene(plan.distinctWords()), limit, type, false);
        return hits.isEmpty() ? partial(plan, limit, type) : hits;
    }

    /**
     * When no document has all the words: those with the most of them first (`кім қол қойды`: the protocol signed,
     * not every text of `қол жеткізу`), each group best first, down to those with one.
     */
    private List<SearchHit> partial(QueryPlan plan, int limit, String type) {
        List<SearchHit> hits = new ArrayList<>();
        Set<Integer> listed = new HashSet<>();
        for (int need = plan.distinctWords() - 1; need >= 1 && hits.size() < limit; need--) {
            for (SearchHit hit : run(plan.toLucene(need), limit, type, true)) {
                if (hits.size() < limit && listed.add(hit.doc())) {
                    hits.add(hit);
                }
            }
        }
        return hits;
    }

    private List<SearchHit> run(Query query, int limit, String type, boolean partial) {
        Query filtered = type == null ? query : new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("type", type)), BooleanClause.Occur.FILTER).build();
        try {
            TopDocs top = searcher.search(filtered, Math.max(1, limit));
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(new SearchHit(sd.doc, index.documents().get(sd.doc), sd.score, partial));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
