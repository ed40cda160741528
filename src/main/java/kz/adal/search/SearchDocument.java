package kz.adal.search;

import java.util.List;

/**
 * One search result: a concept block or item, or a protocol, with what it is found by and shown as. {@code marker}
 * is what the page shows before an item's text, its number in the list ("2."), shown before the title but not
 * indexed: every second item of every list would otherwise be a title match for a 2.
 */
public record SearchDocument(String url, String marker, String title, List<String> breadcrumb, String type, int year,
        String lang, String headings, String body) {

    public static final String CONCEPT = "concept";
    public static final String PROTOCOL = "protocol";

    /** The title as a result shows it, after the item's number if it has one. */
    public String shownTitle() {
        return marker.isEmpty() ? title : marker + " " + title;
    }
}
