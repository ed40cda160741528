package kz.adal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code content/glossary.yml}: a list of entries, each with its Kazakh ({@code kk}) and Russian ({@code ru}) terms. */
final class GlossaryReader {

    private GlossaryReader() {
    }

    static List<GlossaryEntry> read(SourceFile file, Problems problems) {
        List<GlossaryEntry> out = new ArrayList<>();
        for (YamlRecord entry : YamlRecord.list(file, "glossary", "- kk: [...]", problems)) {
            entry.rejectUnknown(Set.of("kk", "ru"));
            List<String> kk = entry.texts("kk", true, "сыбайлас жемқорлық");
            List<String> ru = entry.texts("ru", true, "коррупция");
            if (!kk.isEmpty() && !ru.isEmpty()) {
                out.add(new GlossaryEntry(kk, ru, entry.line()));
            }
        }
        return out;
    }
}
