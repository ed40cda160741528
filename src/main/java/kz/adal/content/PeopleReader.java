package kz.adal.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads {@code content/people.yml}: a list of people, each with a name, a role and optional aliases. */
final class PeopleReader {

    private PeopleReader() {
    }

    static List<DeclaredPerson> read(SourceFile file, Problems problems) {
        List<DeclaredPerson> out = new ArrayList<>();
        // each spelling names one person: a spelling declared twice would leave which one a protocol means to chance
        Map<String, String> personOfSpelling = new HashMap<>();
        for (YamlRecord entry : YamlRecord.list(file, "list of people", "- name: И.А.Анафияов", problems)) {
            entry.rejectUnknown(Set.of("name", "role", "aliases"));
            String role = entry.text("role", false, "role: комплаенс маманы").orElse("");
            List<String> aliases = entry.texts("aliases", false, "И.А. Анафияев");
            entry.text("name", true, "name: И.А.Анафияов").ifPresent(name -> {
                for (String spelling : Stream.concat(Stream.of(name), aliases.stream()).toList()) {
                    String first = personOfSpelling.putIfAbsent(spelling, name);
                    if (first != null && first.equals(name)) {
                        entry.error("aliases", "'" + spelling + "' is listed twice for this person", "remove it from"
                                + " 'aliases'");
                    } else if (first != null) {
                        entry.error(spelling.equals(name) ? "name" : "aliases", "'" + spelling + "' is declared twice,"
                                + " here and with '" + first + "'", "keep it in one entry: as the name, or as an alias");
                    }
                }
                out.add(new DeclaredPerson(name, role, aliases, entry.line()));
            });
        }
        return out;
    }
}
