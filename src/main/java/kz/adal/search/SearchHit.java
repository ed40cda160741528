package kz.adal.search;

/** A document found, with its BM25 score. */
public record SearchHit(int doc, SearchDocument document, float score) {
}
