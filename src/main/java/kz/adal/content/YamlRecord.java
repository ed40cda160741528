package kz.adal.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read field by field, reporting each problem at its file line.
 * Values are read as text and typed by the caller, so YAML's own date and number guessing never applies.
 */
public final class YamlRecord {
    private final String file;
    private final int firstLine;
    private final int line;
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();
    private final Problems problems;

    private YamlRecord(String file, int firstLine, MappingNode node, Problems problems) {
        this.file = file;
        this.firstLine = firstLine;
        // an empty document has no marks: its record is at the first line
        this.line = firstLine + (node.getStartMark() == null ? 0 : node.getStartMark().getLine());
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            int keyLine = firstLine + tuple.getKeyNode().getStartMark().getLine();
            if (fields.containsKey(key)) {
                problems.add(file, keyLine, "the field '" + key + "' is given twice", "keep one of them");
            }
            fields.put(key, tuple.getValueNode());
            keyLines.put(key, keyLine);
        }
    }

    /** Parses {@code yaml}, whose first line is line {@code firstLine} of {@code file}. */
    public static Optional<YamlRecord> parse(String file, String yaml, int firstLine, Problems problems) {
        return FrontMatter.compose(file, yaml, firstLine, problems)
                .map(node -> new YamlRecord(file, firstLine, node, problems));
    }

    /**
     * The entries of a file that is a YAML list of mappings, such as {@code glossary.yml}; each problem is reported
     * at its line, and an entry that is not a mapping is left out.
     */
    static List<YamlRecord> list(SourceFile file, String what, String example, Problems problems) {
        Optional<Node> root = FrontMatter.read(file.path(), file.text(), 1, "check indentation and brackets", problems);
        if (root.isEmpty() || root.get() instanceof MappingNode nothing && nothing.getValue().isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof SequenceNode entries)) {
            problems.add(file.path(), 1, "the " + what + " must be a list of entries", "start each entry with '" + example + "'");
            return List.of();
        }
        List<YamlRecord> out = new ArrayList<>();
        for (Node node : entries.getValue()) {
            if (node instanceof MappingNode mapping) {
                out.add(new YamlRecord(file.path(), 1, mapping, problems));
            } else {
                problems.add(file.path(), node.getStartMark().getLine() + 1, "each entry of the " + what + " must have named"
                        + " fields", "write it as '" + example + "'");
            }
        }
        return out;
    }

    public String file() {
        return file;
    }

    /** The line of this mapping, or of {@code key} when present. */
    public int line(String key) {
        return keyLines.getOrDefault(key, line);
    }

    public int line() {
        return line;
    }

    public void error(String key, String message, String fix) {
        problems.add(file, line(key), message, fix);
    }

    /** Reports every field not in {@code known}, suggesting the closest known name. */
    public void rejectUnknown(Set<String> known) {
        for (String key : fields.keySet()) {
            if (!known.contains(key)) {
                String closest = known.stream().min((a, b) -> EditDistance.of(key, a) - EditDistance.of(key, b)).orElse("");
                String fix = EditDistance.of(key, closest) <= 3 ? "did you mean '" + closest + "'?"
                        : "remove it; known fields: " + known.stream().sorted().collect(Collectors.joining(", "));
                error(key, "unknown field '" + key + "'", fix);
            }
        }
    }

    private boolean isMissing(String key) {
        return isEmpty(fields.get(key));
    }

    /** No value: absent, blank, or YAML's null ({@code ~}, {@code null}), which must not reach a page as text. */
    private static boolean isEmpty(Node node) {
        return node == null || node instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().isBlank());
    }

    /** A required field absent, or written with nothing after its colon (said at its own line). */
    private void reportMissing(String key, String example) {
        if (fields.containsKey(key)) {
            problems.add(file, line(key), "the required field '" + key + "' is empty",
                    "write its value after the colon, e.g. '" + example + "'");
        } else {
            problems.add(file, line, "the required field '" + key + "' is missing", "add a line such as '" + example + "'");
        }
    }

    /** A text value; reports it when required and missing, or when it is not a single value. */
    public Optional<String> text(String key, boolean required, String example) {
        if (isMissing(key)) {
            if (required) {
                reportMissing(key, example);
            }
            return Optional.empty();
        }
        Node node = fields.get(key);
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().strip());
        }
        error(key, "the field '" + key + "' must be a single value", "write it as '" + example + "'");
        return Optional.empty();
    }

    /** A nested mapping, such as {@code secretary: {name, role}}. */
    public Optional<YamlRecord> record(String key, boolean required, String example) {
        if (isMissing(key)) {
            if (required) {
                reportMissing(key, example);
            }
            return Optional.empty();
        }
        Node node = fields.get(key);
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlRecord(file, firstLine, mapping, problems));
        }
        error(key, "the field '" + key + "' must have named sub-fields", "write it as '" + example + "'");
        return Optional.empty();
    }

    /** A list of texts, each like {@code example}; a missing optional list is empty. */
    public List<String> texts(String key, boolean required, String example) {
        List<String> out = new ArrayList<>();
        for (Node item : items(key, required, key + ": [" + example + "]")) {
            int itemLine = firstLine + item.getStartMark().getLine();
            if (isEmpty(item)) {
                problems.add(file, itemLine, "an entry of '" + key + "' is empty", "write its text after the '- ', or delete the line");
            } else if (item instanceof ScalarNode scalar) {
                out.add(scalar.getValue().strip());
            } else {
                problems.add(file, itemLine, "each entry of '" + key + "' must be a text", "write it as '- " + example + "'");
            }
        }
        return out;
    }

    /** A list of mappings, such as {@code signed_by: [{name, role}]}. */
    public List<YamlRecord> records(String key, boolean required, String example) {
        List<YamlRecord> out = new ArrayList<>();
        for (Node item : items(key, required, key + ": " + example)) {
            if (item instanceof MappingNode mapping) {
                out.add(new YamlRecord(file, firstLine, mapping, problems));
            } else {
                problems.add(file, firstLine + item.getStartMark().getLine(),
                        "each entry of '" + key + "' must have named sub-fields", "write it as '" + example + "'");
            }
        }
        return out;
    }

    /** The entries of a list; {@code example} is the whole field, as a fix writes it. */
    private List<Node> items(String key, boolean required, String example) {
        if (isMissing(key)) {
            if (required) {
                reportMissing(key, example);
            }
            return List.of();
        }
        Node node = fields.get(key);
        if (node instanceof SequenceNode sequence) {
            if (required && sequence.getValue().isEmpty()) {
                error(key, "the required list '" + key + "' is empty", "add at least one entry, e.g. '" + example + "'");
            }
            return sequence.getValue();
        }
        error(key, "the field '" + key + "' must be a list", "write each entry on its own line starting with '- '");
        return List.of();
    }
}
