package kz.adal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code content/people.yml}: a list of people, each with a name, a role and optional aliases. */
final class PeopleReader {

    private PeopleReader() {
    }

    static List<DeclaredPerson> read(SourceFile file, Problems problems) {
        List<DeclaredPerson> out = new ArrayList<>();
        for (YamlRecord entry : YamlRecord.list(file, "list of people", "- name: И.А.Анафияов", problems)) {
            entry.rejectUnknown(Set.of("name", "role", "aliases"));
            String role = entry.text("role", false, "role: комплаенс маманы").orElse("");
            List<String> aliases = entry.texts("aliases", false, "И.А. Анафияев");
            entry.text("name", true, "name: И.А.Анафияов")
                    .ifPresent(name -> out.add(new DeclaredPerson(name, role, aliases, entry.line())));
        }
        return out;
    }
}
