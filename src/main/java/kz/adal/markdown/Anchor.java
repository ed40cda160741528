package kz.adal.markdown;

import java.util.Optional;
import java.util.regex.Pattern;

/** An id written in the Markdown with {@code {#id}}: on a heading or on a numbered item. */
public record Anchor(String id, int line) {
    /** An id that carries its place in the concept's numbering: s6-1-7 is the seventh item of 6.1. */
    private static final Pattern NUMBERED = Pattern.compile("s[0-9]+(?:-[0-9]+)+");

    /**
     * How a reader cites what {@code id} marks when the id carries its number: {@code 6.1.7} for s6-1-7, which the
     * text itself numbers only by its place in a list; nothing for another id.
     */
    public static Optional<String> citedAs(String id) {
        return NUMBERED.matcher(id).matches() ? Optional.of(id.substring(1).replace('-', '.')) : Optional.empty();
    }
}
