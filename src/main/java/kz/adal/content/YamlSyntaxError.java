package kz.adal.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A YAML syntax error said where an author fixes it. SnakeYAML notices an unclosed quote only at the end of the
 * block, so that one is reported at the line the quote opened, with the line as it should read. The slips of
 * typing YAML by hand (a tab, no space after a colon or a dash, a colon inside a value) are named as such, at their
 * own line, which is often the line before the one SnakeYAML stopped at; and the errors after them too.
 */
final class YamlSyntaxError {
    private static final String QUOTED = "while scanning a quoted scalar";
    private static final String DOUBLE_QUOTED = "while scanning a double-quoted scalar";
    /** {@code place:Акт залы}; not {@code http://...}, a URL in a value that goes on from the line before. */
    private static final Pattern NO_SPACE_AFTER_COLON = Pattern.compile("(\\s*(?:- +)?)([A-Za-z_]+):([^\\s:/].*)");
    /** {@code -name: ...}, a list entry without the space after its dash. */
    private static final Pattern NO_SPACE_AFTER_DASH = Pattern.compile("(\\s*)-([^\\s-].*)");
    /** {@code place: Акт залы: 2 қабат}: an unquoted value that holds a colon and a space. */
    private static final Pattern COLON_IN_VALUE = Pattern.compile("(\\s*(?:- +)?[A-Za-z_]+: +)([^\"'\\s{\\[|>].*: .*)");
    /** The places of a line where YAML needs a space: the indentation, after a list entry's dash, after a colon. */
    private static final Pattern SPACES_OF_STRUCTURE = Pattern.compile(
            "([ \\p{Zs}]*)(?:-([ \\p{Zs}]+))?(?:([A-Za-z_]+):([ \\p{Zs}]+))?(.*)");
    /** Enough for a block typed in a hurry; a block with more has a problem of another kind. */
    private static final int MOST_REPORTED = 20;

    private YamlSyntaxError() {
    }

    /**
     * Reports {@code e}, thrown reading {@code yaml}, whose first line is line {@code firstLine} of {@code file};
     * {@code fix} is the advice for an error this class has none of its own for. Where the error is one whose line
     * can be mended for certain (a slip of typing, an unclosed quote), the block is read again so mended, and the
     * next error is reported too: an author fixes them all in one go. Returns the block so mended when every error
     * was mended and it then reads (line for line as written), for its fields' own problems to be found as well.
     */
    static Optional<String> report(String file, String yaml, int firstLine, MarkedYAMLException e, String fix,
            Problems problems) {
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        Optional<MarkedYAMLException> error = Optional.of(e);
        for (int reported = 0; error.isPresent() && reported < MOST_REPORTED; reported++) {
            Optional<Mended> next = reportOne(file, lines, firstLine, error.get(), fix, problems);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            int mended = next.get().index();
            lines.set(mended, next.get().line());
            error = errorIn(String.join("\n", lines));
            // an error at or before the line just mended is one the mending made, not the author: not said
            if (error.isPresent() && stopLine(error.get()) <= mended) {
                return Optional.empty();
            }
        }
        return error.isEmpty() ? Optional.of(String.join("\n", lines)) : Optional.empty();
    }

    /** The line SnakeYAML stopped at. */
    private static int stopLine(MarkedYAMLException e) {
        Mark stop = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return stop == null ? Integer.MAX_VALUE : stop.getLine();
    }

    /** A line of the block, as it should read. */
    private record Mended(int index, String line) {
    }

    private static Optional<MarkedYAMLException> errorIn(String yaml) {
        try {
            new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
            return Optional.empty();
        } catch (MarkedYAMLException e) {
            return Optional.of(e);
        } catch (YAMLException e) {
            return Optional.empty();
        }
    }

    /** Reports {@code e}; returns the line it was, mended, when that is certain. */
    private static Optional<Mended> reportOne(String file, List<String> lines, int firstLine, MarkedYAMLException e,
            String fix, Problems problems) {
        Mark context = e.getContextMark();
        Mark problem = e.getProblemMark() != null ? e.getProblemMark() : context;
        if (QUOTED.equals(e.getContext()) && context != null) {
            String line = context.getLine() < lines.size() ? lines.get(context.getLine()) : "";
            int column = context.getColumn();
            String quote = column < line.codePointCount(0, line.length())
                    ? Character.toString(line.codePointAt(line.offsetByCodePoints(0, column))) : "\"";
            problems.add(file, firstLine + context.getLine(), "YAML syntax error: a quoted value is not closed",
                    "close the quote: '" + line.strip() + quote + "'");
            return Optional.of(new Mended(context.getLine(), line + quote));
        } else if (DOUBLE_QUOTED.equals(e.getContext()) && problem != null) {
            problems.add(file, firstLine + problem.getLine(), "YAML syntax error: " + e.getProblem()
                    + " (in double quotes a backslash starts an escape, such as \\n)",
                    "put the value in single quotes ('C:\\docs'), or write each backslash twice (\"C:\\\\docs\")");
            return Optional.empty();
        }
        Optional<Located> slip = slipNear(lines, context, problem);
        if (slip.isPresent()) {
            problems.add(file, firstLine + slip.get().index(), "YAML syntax error: " + slip.get().slip().what(),
                    slip.get().slip().fix());
            return slip.get().slip().mended().map(line -> new Mended(slip.get().index(), line));
        }
        boolean contextElsewhere = e.getContext() != null && context != null && problem != null
                && context.getLine() != problem.getLine();
        problems.add(file, firstLine + (problem == null ? 0 : problem.getLine()), "YAML syntax error: " + e.getProblem()
                + (contextElsewhere ? ", " + e.getContext() + " begun on line " + (firstLine + context.getLine()) : ""),
                fix);
        return Optional.empty();
    }

    /**
     * A slip of typing on the line SnakeYAML stopped at, the line it began what it was reading on, or the line
     * before, with its line's index.
     */
    private static Optional<Located> slipNear(List<String> lines, Mark context, Mark problem) {
        if (problem == null) {
            return Optional.empty();
        }
        int stop = problem.getLine();
        List<Integer> suspects = context == null ? List.of(stop, stop - 1) : List.of(stop, context.getLine(), stop - 1);
        for (int index : suspects) {
            if (index >= 0 && index < lines.size()) {
                Optional<Slip> slip = slipIn(lines.get(index));
                if (slip.isPresent()) {
                    return Optional.of(new Located(index, slip.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** A slip and the index of its line. */
    private record Located(int index, Slip slip) {
    }

    /**
     * A slip of typing: what is wrong with the line, how to fix it, and the line mended, where that is certain (a tab
     * may stand for any number of spaces).
     */
    private record Slip(String what, String fix, Optional<String> mended) {
    }

    /** The slip {@code line} holds, if any. */
    private static Optional<Slip> slipIn(String line) {
        String text = line.stripLeading();
        String indent = line.substring(0, line.length() - text.length());
        if (indent.indexOf('\t') >= 0) {
            return Optional.of(new Slip("the line is indented with a tab, which YAML does not allow", "indent it with"
                    + " spaces, as many as the lines like it above: '" + indent.replace("\t", "  ") + text + "'",
                    Optional.empty()));
        }
        Optional<Slip> oddSpace = oddSpaceIn(line);
        if (oddSpace.isPresent()) {
            return oddSpace;
        }
        Matcher colon = NO_SPACE_AFTER_COLON.matcher(line);
        if (colon.matches()) {
            String mended = colon.group(1) + colon.group(2) + ": " + colon.group(3);
            return Optional.of(new Slip("no space after the colon of '" + colon.group(2) + "'",
                    "write a space after the colon: '" + mended.strip() + "'", Optional.of(mended)));
        }
        Matcher dash = NO_SPACE_AFTER_DASH.matcher(line);
        if (dash.matches()) {
            return Optional.of(new Slip("no space after the dash that starts a list entry",
                    "write a space after the dash: '- " + dash.group(2) + "'", Optional.of(dash.group(1) + "- " + dash.group(2))));
        }
        Matcher value = COLON_IN_VALUE.matcher(line);
        if (value.matches()) {
            String mended = value.group(1) + "\"" + value.group(2).replace("\"", "\\\"") + "\"";
            return Optional.of(new Slip("the value holds ': ', which YAML reads as the start of another field",
                    "put the value in quotes: '" + mended.strip() + "'", Optional.of(mended)));
        }
        return Optional.empty();
    }

    /** An odd space (a no-break one, say) where YAML needs a space; the line mended has ordinary spaces there. */
    private static Optional<Slip> oddSpaceIn(String line) {
        Matcher m = SPACES_OF_STRUCTURE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String indent = m.group(1);
        String afterDash = m.group(2);
        String key = m.group(3);
        String afterColon = m.group(4);
        Optional<String> where = OddSpace.in(indent).map(space -> OddSpace.named(space) + " in the indentation")
                .or(() -> OddSpace.in(afterDash)
                        .map(space -> OddSpace.named(space) + " after the dash that starts a list entry"))
                .or(() -> OddSpace.in(afterColon)
                        .map(space -> OddSpace.named(space) + " after the colon of '" + key + "'"));
        return where.map(what -> {
            String mended = OddSpace.ordinary(indent) + (afterDash == null ? "" : "-" + OddSpace.ordinary(afterDash))
                    + (afterColon == null ? "" : key + ":" + OddSpace.ordinary(afterColon)) + m.group(5);
            return new Slip(what + ", " + OddSpace.WHY, "type an ordinary space there: '" + mended.strip() + "'",
                    Optional.of(mended));
        });
    }
}
