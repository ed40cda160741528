package kz.adal.search;

import java.util.List;

/** The terms of the index, looked up by their first two characters, as the client index shards them. */
public interface TermDictionary {

    /** The terms of title, headings or body that start with {@code twoChars}, sorted. */
    List<String> termsStartingWith(String twoChars);

    /** The terms of the folded field that start with {@code twoChars}, sorted. */
    List<String> foldedTermsStartingWith(String twoChars);

    /** How many documents hold {@code term} in title, headings or body: the most of the three. */
    int documentsWith(String term);
}
