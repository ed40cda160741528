package kz.adal.content;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error said where an author fixes it. SnakeYAML notices an unclosed quote only at the end of the
 * block, so that one is reported at the line the quote opened, with the line as it should read. The slips of
 * typing YAML by hand (a tab, no space after a colon or a dash, a colon inside a value) are named as such, at their
 * own line, which is often the line before the one SnakeYAML stopped at.
 */
final class YamlSyntaxError {
    private static final String QUOTED = "while scanning a quoted scalar";
    private static final String DOUBLE_QUOTED = "while scanning a double-quoted scalar";
    /** {@code place:Акт залы}; not {@code http://...}, a URL in a value that goes on from the line before. */
    private static final Pattern NO_SPACE_AFTER_COLON = Pattern.compile("(\\s*(?:- +)?)([A-Za-z_]+):([^\\s:/].*)");
    /** {@code -name: ...}, a list entry without the space after its dash. */
    private static final Pattern NO_SPACE_AFTER_DASH = Pattern.compile("\\s*-([^\\s-].*)");
    /** {@code place: Акт залы: 2 қабат}: an unquoted value that holds a colon and a space. */
    private static final Pattern COLON_IN_VALUE = Pattern.compile("(\\s*(?:- +)?[A-Za-z_]+: +)([^\"'\\s{\\[|>].*: .*)");

    private YamlSyntaxError() {
    }

    /**
     * Reports {@code e}, thrown reading {@code yaml}, whose first line is line {@code firstLine} of {@code file};
     * {@code fix} is the advice for an error this class has none of its own for.
     */
    static void report(String file, String yaml, int firstLine, MarkedYAMLException e, String fix, Problems problems) {
        Mark context = e.getContextMark();
        Mark problem = e.getProblemMark() != null ? e.getProblemMark() : context;
        if (QUOTED.equals(e.getContext()) && context != null) {
            String line = yaml.lines().skip(context.getLine()).findFirst().orElse("");
            int column = context.getColumn();
            String quote = column < line.codePointCount(0, line.length())
                    ? Character.toString(line.codePointAt(line.offsetByCodePoints(0, column))) : "\"";
            problems.add(file, firstLine + context.getLine(), "YAML syntax error: a quoted value is not closed",
                    "close the quote: '" + line.strip() + quote + "'");
        } else if (DOUBLE_QUOTED.equals(e.getContext()) && problem != null) {
            problems.add(file, firstLine + problem.getLine(), "YAML syntax error: " + e.getProblem()
                    + " (in double quotes a backslash starts an escape, such as \\n)",
                    "put the value in single quotes ('C:\\docs'), or write each backslash twice (\"C:\\\\docs\")");
        } else {
            boolean contextElsewhere = e.getContext() != null && context != null && problem != null
                    && context.getLine() != problem.getLine();
            problems.add(slipNear(file, yaml, firstLine, context, problem).orElseGet(() -> new Problem(file,
                    firstLine + (problem == null ? 0 : problem.getLine()), "YAML syntax error: " + e.getProblem()
                    + (contextElsewhere ? ", " + e.getContext() + " begun on line " + (firstLine + context.getLine())
                    : ""), fix)));
        }
    }

    /**
     * A slip of typing on the line SnakeYAML stopped at, the line it began what it was reading on, or the line
     * before, reported at its own line.
     */
    private static Optional<Problem> slipNear(String file, String yaml, int firstLine, Mark context, Mark problem) {
        if (problem == null) {
            return Optional.empty();
        }
        List<String> lines = yaml.lines().toList();
        int stop = problem.getLine();
        List<Integer> suspects = context == null ? List.of(stop, stop - 1) : List.of(stop, context.getLine(), stop - 1);
        for (int index : suspects) {
            if (index >= 0 && index < lines.size()) {
                Optional<Slip> slip = slipIn(lines.get(index));
                if (slip.isPresent()) {
                    return Optional.of(new Problem(file, firstLine + index, "YAML syntax error: " + slip.get().what(),
                            slip.get().fix()));
                }
            }
        }
        return Optional.empty();
    }

    /** A slip of typing: what is wrong with the line, and the line as it should read. */
    private record Slip(String what, String fix) {
    }

    /** The slip {@code line} holds, if any. */
    private static Optional<Slip> slipIn(String line) {
        String text = line.stripLeading();
        String indent = line.substring(0, line.length() - text.length());
        if (indent.indexOf('\t') >= 0) {
            return Optional.of(new Slip("the line is indented with a tab, which YAML does not allow", "indent it with"
                    + " spaces, as many as the lines like it above: '" + indent.replace("\t", "  ") + text + "'"));
        }
        Matcher colon = NO_SPACE_AFTER_COLON.matcher(line);
        if (colon.matches()) {
            return Optional.of(new Slip("no space after the colon of '" + colon.group(2) + "'", "write a space after"
                    + " the colon: '" + (colon.group(1) + colon.group(2)).strip() + ": " + colon.group(3) + "'"));
        }
        Matcher dash = NO_SPACE_AFTER_DASH.matcher(line);
        if (dash.matches()) {
            return Optional.of(new Slip("no space after the dash that starts a list entry",
                    "write a space after the dash: '- " + dash.group(1) + "'"));
        }
        Matcher value = COLON_IN_VALUE.matcher(line);
        if (value.matches()) {
            return Optional.of(new Slip("the value holds ': ', which YAML reads as the start of another field",
                    "put the value in quotes: '" + value.group(1).strip() + " \""
                    + value.group(2).replace("\"", "\\\"") + "\"'"));
        }
        return Optional.empty();
    }
}
