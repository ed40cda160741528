package kz.adal.search;

/**
 * A document found, with its BM25 score; {@code partial} when no document has all the query's words and this one
 * is among the closest, which has some of them.
 */
public record SearchHit(int doc, SearchDocument document, float score, boolean partial) {
}
