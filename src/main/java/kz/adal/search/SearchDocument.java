package kz.adal.search;

import java.util.List;

/**
 * One search result: a concept block or item, or a protocol, with what it is found by and shown as. {@code marker}
 * is shown before the title but not indexed in it: an item's number in its list ("2."), which would otherwise make
 * every second item of every list a title match for a 2; a protocol's date ("12 тамыз 2024 ж. —"), which its
 * headings field holds, in every way people write it.
 */
public record SearchDocument(String url, String marker, String title, List<String> breadcrumb, String type, int year,
        String lang, String headings, String body) {

    public static final String CONCEPT = "concept";
    public static final String PROTOCOL = "protocol";

    /** The title as a result shows it, after the item's number or the protocol's date. */
    public String shownTitle() {
        return marker.isEmpty() ? title : marker + " " + title;
    }
}
