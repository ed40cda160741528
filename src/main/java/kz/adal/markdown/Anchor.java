package kz.adal.markdown;

/** An id written in the Markdown with {@code {#id}}: on a heading or on a numbered item. */
public record Anchor(String id, int line) {
}
