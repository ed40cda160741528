package kz.adal.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads {@code content/glossary.yml}: a list of entries, each with its Kazakh ({@code kk}) and Russian ({@code ru}) terms. */
final class GlossaryReader {

    private GlossaryReader() {
    }

    static List<GlossaryEntry> read(SourceFile file, Problems problems) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(file.text()));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(file.path(), line, "YAML syntax error: " + e.getProblem(), "check indentation and brackets");
            return List.of();
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof SequenceNode entries)) {
            problems.add(file.path(), 1, "the glossary must be a list of entries", "start each entry with '- kk: [...]'");
            return List.of();
        }
        List<GlossaryEntry> out = new ArrayList<>();
        for (Node node : entries.getValue()) {
            int line = node.getStartMark().getLine() + 1;
            if (!(node instanceof MappingNode mapping)) {
                problems.add(file.path(), line, "a glossary entry must name its kk and ru terms", "write '- kk: [...]' and 'ru: [...]'");
                continue;
            }
            YamlRecord entry = YamlRecord.of(file.path(), mapping, problems);
            entry.rejectUnknown(Set.of("kk", "ru"));
            List<String> kk = entry.texts("kk", true, "[сыбайлас жемқорлық]");
            List<String> ru = entry.texts("ru", true, "[коррупция]");
            if (!kk.isEmpty() && !ru.isEmpty()) {
                out.add(new GlossaryEntry(kk, ru, line));
            }
        }
        return out;
    }
}
