package kz.adal.render;

import java.util.List;

/** A line of a table of contents, with the lines below it. */
public record TocEntry(String url, String text, List<TocEntry> children) {
}
