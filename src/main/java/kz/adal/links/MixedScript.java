package kz.adal.links;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.adal.search.analysis.Letters;

/**
 * An id that mixes Cyrillic letters with Latin ones ({@code tаsk-1} with a Cyrillic а): it looks like the Latin id and
 * is another, so every link to it breaks. Always a slip of the keyboard layout.
 */
public final class MixedScript {

    private MixedScript() {
    }

    /** Whether {@code id} has both Cyrillic letters and Latin ones. */
    public static boolean mixes(String id) {
        return id.codePoints().anyMatch(Letters::isCyrillic) && id.codePoints().anyMatch(Letters::isLatinLetter);
    }

    /** Its Cyrillic letters, quoted: "'а', 'с'". */
    public static String cyrillicIn(String id) {
        return id.codePoints().filter(Letters::isCyrillic).distinct()
                .mapToObj(c -> "'" + Character.toString(c) + "'").collect(Collectors.joining(", "));
    }

    /** {@code id} with its Cyrillic letters read as the Latin ones they look like; none when one looks like none. */
    public static Optional<String> latinSpelling(String id) {
        StringBuilder latin = new StringBuilder(id.length());
        for (char c : id.toCharArray()) {
            // ids are lower case: a small Latin letter
            Optional<Character> lookalike = Letters.isCyrillic(c) ? Letters.LATIN_LOOKALIKES.entrySet().stream()
                    .filter(e -> e.getValue() == c && e.getKey() >= 'a' && e.getKey() <= 'z')
                    .map(Map.Entry::getKey).findFirst()
                    : Optional.of(c);
            if (lookalike.isEmpty()) {
                return Optional.empty();
            }
            latin.append(lookalike.get());
        }
        return Optional.of(latin.toString());
    }
}
