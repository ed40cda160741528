package kz.adal.search.analysis;

import org.apache.lucene.analysis.util.CharTokenizer;

/** Splits text into runs of letters, digits and hyphens (Latin and Cyrillic scripts); the browser splits alike. */
public final class AdalTokenizer extends CharTokenizer {
    @Override
    protected boolean isTokenChar(int c) {
        return Letters.isTokenChar(c);
    }
}
