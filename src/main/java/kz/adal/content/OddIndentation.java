package kz.adal.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Lines of a YAML block indented with an odd space (a no-break one, pasted from Word) before a field or a list entry.
 * YAML reads such a line without an error of its own but as another field than the author's ({@code " role"} beside
 * {@code secretary}, whose {@code role} is then missing), so each is reported as the slip it is and the block is read
 * with it mended: the author sees one problem, not its echoes.
 */
final class OddIndentation {
    /** The indentation, then a field's name and its colon or a list entry's dash. */
    private static final Pattern STRUCTURE =
            Pattern.compile("([ \\p{Zs}]*)([\\p{L}_][\\p{L}\\p{N}_-]*:(?:[ \\p{Zs}]|$)|-[ \\p{Zs}]).*");
    /** A line's indentation, and a list entry's dash before its first field: where the fields beside it begin. */
    private static final Pattern COLUMN = Pattern.compile("( *)(?:- +)*");

    private OddIndentation() {
    }

    /** {@code yaml} with each such line mended and reported; it starts at line {@code firstLine} of {@code file}. */
    static String mend(String file, String yaml, int firstLine, Problems problems) {
        if (!OddSpace.anyIn(yaml)) {
            return yaml;
        }
        Set<Integer> keyLines = oddKeyLines(yaml);
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        boolean mended = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = STRUCTURE.matcher(lines.get(i));
            if (!m.matches() || OddSpace.in(m.group(1)).isEmpty() || keyLines != null && !keyLines.contains(i)) {
                continue;
            }
            String text = lines.get(i).substring(m.group(1).length());
            String line = indentation(m.group(1), lines.subList(0, i)) + text;
            problems.add(file, firstLine + i, "YAML syntax error: " + OddSpace.named(OddSpace.in(m.group(1)).get())
                    + (line.startsWith(" ") ? " in the indentation, " : " at the start of the line, ") + OddSpace.WHY,
                    line.startsWith(" ") ? "indent it with ordinary spaces, as the lines like it: '" + line + "'"
                            : "delete it: '" + line + "'");
            lines.set(i, line);
            mended = true;
        }
        return mended ? String.join("\n", lines) + "\n" : yaml;
    }

    /**
     * The lines of the keys that begin with an odd space, when the block reads; {@code null} when it does not, and each
     * such line is then taken for the slip (a line that goes on a quoted value, which may begin so, reads).
     */
    private static Set<Integer> oddKeyLines(String yaml) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (YAMLException e) {
            return null;
        }
        Set<Integer> lines = new HashSet<>();
        collectOddKeyLines(root, lines);
        return lines;
    }

    private static void collectOddKeyLines(Node node, Set<Integer> lines) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && OddSpace.in(key.getValue()).isPresent()) {
                    lines.add(key.getStartMark().getLine());
                }
                collectOddKeyLines(tuple.getValueNode(), lines);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(entry -> collectOddKeyLines(entry, lines));
        }
    }

    /**
     * The ordinary spaces meant: each odd space as one, or none of them, whichever lines the line up with the line
     * before: deeper than it when it opens a block ({@code secretary:}), else beside its field; each odd space as one
     * when neither fits.
     */
    private static String indentation(String odd, List<String> before) {
        String each = OddSpace.ordinary(odd);
        String none = OddSpace.without(odd);
        String previous = before.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
        Matcher column = COLUMN.matcher(previous);
        column.lookingAt();
        int indent = column.group(1).length();
        if (previous.strip().endsWith(":")) {
            return each.length() > indent ? each : none.length() > indent ? none : each;
        }
        int field = column.end();
        for (String candidate : List.of(each, none)) {
            if (candidate.length() == field || candidate.length() == indent) {
                return candidate;
            }
        }
        return each;
    }
}
