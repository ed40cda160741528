package kz.adal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of a YAML block indented with an odd space (a no-break one, pasted from Word) before a field or a list entry.
 * YAML reads such a line without an error of its own but as another field than the author's ({@code " role"} beside
 * {@code secretary}, whose {@code role} is then missing), so each is reported as the slip it is and the block is read
 * with it mended: the author sees one problem, not its echoes.
 */
final class OddIndentation {
    /** The indentation, then a field's name and its colon or a list entry's dash. */
    private static final Pattern STRUCTURE = Pattern.compile("([ \\p{Zs}]*)([\\p{L}_][\\p{L}\\p{N}_-]*:(?:[ \\p{Zs}]|$)|-[ \\p{Zs}]).*");
    /** A line's indentation, and a list entry's dash before its first field: where the fields beside it begin. */
    private static final Pattern COLUMN = Pattern.compile("( *)(?:- +)*");

    private OddIndentation() {
    }

    /** {@code yaml} with each such line mended, each reported; {@code firstLine} is the line of {@code file} it starts. */
    static String mend(String file, String yaml, int firstLine, Problems problems) {
        if (OddSpace.in(yaml).isEmpty()) {
            return yaml;
        }
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        boolean mended = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = STRUCTURE.matcher(lines.get(i));
            if (!m.matches() || OddSpace.in(m.group(1)).isEmpty()) {
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
