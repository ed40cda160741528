package kz.adal.links;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The anchors Markdown viewers (GitHub, VS Code's preview) give headings, made of their words: a link copied from
 * one, {@code #21-қол-жеткізілген-нәтижелер}, names a heading that the site gives an id which never changes.
 */
final class ViewerAnchors {
    /** What a viewer leaves out of a heading's words: every sign but a hyphen and an underscore. */
    private static final Pattern SIGN = Pattern.compile("[^\\p{L}\\p{M}\\p{N} _-]");

    private ViewerAnchors() {
    }

    /** The anchor a viewer gives a heading of {@code text}: lower case, signs dropped, each space a hyphen. */
    static String of(String text) {
        return SIGN.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").strip().replace(' ', '-');
    }

    /**
     * The id of the one heading of {@code headings} (id to text) that {@code fragment} names as a viewer does, or by
     * the start of that name ({@code #3-міндет}); empty when none or several are so named.
     */
    static Optional<String> idNamed(String fragment, Map<String, String> headings) {
        // copied from a browser's address bar, its letters are %-escaped
        String typed = PercentEscapes.decode(fragment).toLowerCase(Locale.ROOT);
        List<String> whole = headings.keySet().stream().filter(id -> namesOf(id, headings.get(id)).contains(typed))
                .toList();
        if (!whole.isEmpty()) {
            return theOnly(whole);
        }
        return theOnly(headings.keySet().stream().filter(id -> of(headings.get(id)).startsWith(typed + "-")).toList());
    }

    private static Optional<String> theOnly(List<String> ids) {
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /**
     * What viewers call the heading {@code id} of {@code words}: by its words, or, where the viewer shows the
     * {@code {#id}} after them as text (GitHub does), by both.
     */
    private static List<String> namesOf(String id, String words) {
        return List.of(of(words), of(words + " " + id));
    }
}
