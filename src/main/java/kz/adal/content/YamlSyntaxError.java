package kz.adal.content;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error said where an author fixes it. SnakeYAML notices an unclosed quote only at the end of the
 * block, so that one is reported at the line the quote opened, with the line as it should read.
 */
final class YamlSyntaxError {
    private static final String QUOTED = "while scanning a quoted scalar";
    private static final String DOUBLE_QUOTED = "while scanning a double-quoted scalar";

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
            problems.add(file, firstLine + (problem == null ? 0 : problem.getLine()), "YAML syntax error: "
                    + e.getProblem() + (contextElsewhere ? ", " + e.getContext() + " begun on line "
                    + (firstLine + context.getLine()) : ""), fix);
        }
    }
}
