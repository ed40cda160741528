package kz.adal.markdown;

/** A heading of a rendered page, for tables of contents and citations. */
public record Heading(int level, String id, String text, int line) {
}
