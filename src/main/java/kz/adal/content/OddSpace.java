package kz.adal.content;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A space YAML does not take for one: a no-break space (U+00A0, U+202F, ...) or another of Unicode's spaces, which
 * comes with text pasted from Word or a web page. Where YAML needs a space (the indentation, after a colon or a
 * list entry's dash) the line then means something else than it shows.
 */
final class OddSpace {
    /** Every space character but the ordinary one. */
    private static final String CLASS = "[\\p{Zs}&&[^ ]]";
    private static final Pattern ODD = Pattern.compile(CLASS);
    /** Why it is there, said after what it is. */
    static final String WHY = "which YAML does not read as a space (it comes with text pasted from Word or a web page)";

    private OddSpace() {
    }

    /** The first odd space in {@code text}, if any ({@code null} holds none). */
    static Optional<Integer> in(String text) {
        return text == null ? Optional.empty()
                : ODD.matcher(text).results().findFirst().map(r -> r.group().codePointAt(0));
    }

    /** Whether {@code text} holds an odd space: a loop, not the pattern, as every protocol's front matter is asked. */
    static boolean anyIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && Character.getType(c) == Character.SPACE_SEPARATOR) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with ordinary spaces for its odd ones. */
    static String ordinary(String text) {
        return ODD.matcher(text).replaceAll(" ");
    }

    /** {@code text} without its odd spaces. */
    static String without(String text) {
        return ODD.matcher(text).replaceAll("");
    }

    /** The space as an author can find it: "a no-break space (U+00A0)". */
    static String named(int space) {
        return String.format(Locale.ROOT, "a %s (U+%04X)", Character.getName(space).toLowerCase(Locale.ROOT), space);
    }
}
