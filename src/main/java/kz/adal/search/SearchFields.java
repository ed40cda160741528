package kz.adal.search;

import java.util.List;

/** The fields of the search index and how much a match in each counts. */
public final class SearchFields {
    public static final String TITLE = "title";
    public static final String HEADINGS = "headings";
    public static final String BODY = "body";
    /** Title, headings and body in the folded chain: Kazakh letters typed as their Russian-keyboard substitutes. */
    public static final String FOLDED = "folded";

    /** The stemmed fields, in the order the client index stores them; title and headings rank above the body. */
    public static final List<String> STEMMED = List.of(TITLE, HEADINGS, BODY);
    public static final float TITLE_BOOST = 3f;
    public static final float HEADINGS_BOOST = 2f;
    public static final float BODY_BOOST = 1f;
    public static final float FOLDED_BOOST = 0.4f;

    private SearchFields() {
    }

    public static float boost(String field) {
        return switch (field) {
            case TITLE -> TITLE_BOOST;
            case HEADINGS -> HEADINGS_BOOST;
            case BODY -> BODY_BOOST;
            default -> FOLDED_BOOST;
        };
    }
}
