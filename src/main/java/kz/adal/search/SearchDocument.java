package kz.adal.search;

import java.util.List;

/** One search result: a concept block or item, or a protocol, with what it is found by and shown as. */
public record SearchDocument(String url, String title, List<String> breadcrumb, String type, int year, String lang,
        String headings, String body) {

    public static final String CONCEPT = "concept";
    public static final String PROTOCOL = "protocol";
}
