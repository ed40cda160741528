package kz.adal.content;

import java.util.Optional;

/**
 * A value in the quotes Word types as one writes (“16:00”, «16:00»), which YAML keeps as part of the value: a time or
 * a date so quoted is then no time or date.
 */
final class TypographicQuotes {
    private static final String OPENING = "“”„«»‘’‚";
    private static final String CLOSING = "“”«»‘’";

    private TypographicQuotes() {
    }

    /** What {@code value} holds inside such quotes, when it is in them. */
    static Optional<String> inside(String value) {
        if (value.length() >= 2 && OPENING.indexOf(value.charAt(0)) >= 0
                && CLOSING.indexOf(value.charAt(value.length() - 1)) >= 0) {
            return Optional.of(value.substring(1, value.length() - 1).strip());
        }
        return Optional.empty();
    }

    /** Why {@code value}, in such quotes, is not what it holds: said after "'value' is not a ...". */
    static String said(String value) {
        return ": it is in the quotes Word types (" + value.charAt(0) + " " + value.charAt(value.length() - 1)
                + "), which YAML keeps as part of the value";
    }
}
