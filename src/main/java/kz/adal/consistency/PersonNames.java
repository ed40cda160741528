package kz.adal.consistency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.adal.content.DeclaredPerson;
import kz.adal.content.EditDistance;
import kz.adal.search.analysis.Letters;

/**
 * Tells whether two spellings of a name are likely one person: the same letters once spaces, dots and case are
 * ignored, Latin look-alikes read as Cyrillic and Kazakh letters folded with their Russian look-alikes, or one or two
 * letters apart.
 * People declared in {@code people.yml} are settled: their aliases are them, and two declared people are distinct.
 */
final class PersonNames {
    private final Map<String, String> declaredAs = new HashMap<>();

    PersonNames(List<DeclaredPerson> people) {
        for (DeclaredPerson person : people) {
            declaredAs.put(person.name(), person.name());
            person.aliases().forEach(alias -> declaredAs.put(alias, person.name()));
        }
    }

    boolean likelySamePerson(String a, String b) {
        String declaredA = declaredAs.get(a);
        String declaredB = declaredAs.get(b);
        if (declaredA != null && declaredB != null) {
            return false;
        }
        String x = normalized(a);
        String y = normalized(b);
        int shorter = Math.min(x.length(), y.length());
        int distance = EditDistance.of(x, y);
        return distance == 0 || shorter >= 6 && distance == 1 || shorter >= 10 && distance == 2;
    }

    static String normalized(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                // the look-alike before lower-casing: H.E.Абуов's H is Н
                char cyrillic = Character.toLowerCase(Letters.LATIN_LOOKALIKES.getOrDefault(c, c));
                out.append(Letters.KAZAKH_TO_RUSSIAN.getOrDefault(cyrillic, cyrillic));
            }
        }
        return out.toString();
    }
}
