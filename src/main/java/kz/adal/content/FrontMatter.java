package kz.adal.content;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/** A Markdown file split into its YAML front matter and its body. */
public record FrontMatter(YamlRecord fields, String body, int bodyLine) {

    /** The line that opens the block: three hyphens, then spaces nobody sees; raw bytes may end it in '\r'. */
    private static final Pattern OPENING = Pattern.compile("---[ \\t]*[\r\n]");
    /** The line that closes it, the same; the file may end there. */
    private static final Pattern CLOSING = Pattern.compile("\n---[ \\t]*(?:\n|\\z)");
    /** A first line of dashes that is not '---': four hyphens, or a dash an editor made of them (—, –). */
    private static final Pattern OTHER_DASHES = Pattern.compile("[-\u2012-\u2015\u2212]+[ \\t]*");

    /** Splits {@code file}; reports a missing or unclosed block and YAML syntax errors. */
    public static Optional<FrontMatter> split(SourceFile file, Problems problems) {
        String text = file.text();
        Matcher opening = OPENING.matcher(text);
        if (!opening.lookingAt()) {
            String first = text.lines().findFirst().orElse("");
            problems.add(file.path(), 1, OTHER_DASHES.matcher(first).matches() ? "the first line is '" + first.strip()
                    + "', not the three hyphens '---' that open a front matter block"
                    : "the file does not start with a front matter block",
                    "begin the file with a line '---', the record's fields, and another line '---'");
            return Optional.empty();
        }
        // from the opening line's own line end, so that an empty block (---, ---) closes too
        Matcher closing = CLOSING.matcher(text);
        if (!closing.find(opening.end() - 1)) {
            problems.add(file.path(), 1, "the front matter block opened here is never closed",
                    "add a line '---' after the last field");
            return Optional.empty();
        }
        String yaml = text.substring(opening.end(), closing.start() + 1);
        Body body = Body.after(text, closing.end());
        return YamlRecord.parse(file.path(), yaml, 2, problems)
                .map(fields -> new FrontMatter(fields, body.text(), body.line()));
    }

    /** The text after a front matter block, and the line it starts on. */
    public record Body(String text, int line) {

        private static Body after(String text, int start) {
            return new Body(text.substring(start), countLines(text, start) + 1);
        }
    }

    /**
     * The body of {@code file} when its front matter block opens and closes, whether or not the block's YAML parses:
     * a protocol held back for a syntax error in its record still has its text, whose links are checked all the same.
     */
    public static Optional<Body> bodyOf(SourceFile file) {
        String text = file.text();
        Matcher opening = OPENING.matcher(text);
        Matcher closing = CLOSING.matcher(text);
        if (!opening.lookingAt() || !closing.find(opening.end() - 1)) {
            return Optional.empty();
        }
        return Optional.of(Body.after(text, closing.end()));
    }

    /** Whether {@code start}, the beginning of a file, opens a front matter block. */
    static boolean opensBlock(String start) {
        return OPENING.matcher(start).lookingAt();
    }

    static int countLines(String text, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** Parses a YAML document into a node tree, keeping line marks; used for site.yml too. */
    static Optional<MappingNode> compose(String file, String yaml, int firstLine, Problems problems) {
        Optional<Node> node = read(file, yaml, firstLine,
                "check indentation and quote values that contain ':' or start with a quote", problems);
        if (node.isPresent() && !(node.get() instanceof MappingNode)) {
            problems.add(file, firstLine + node.get().getStartMark().getLine(), "the fields are not a YAML mapping",
                    "write one 'name: value' per line");
            return Optional.empty();
        }
        return node.map(MappingNode.class::cast);
    }

    /**
     * The node tree of a YAML document whose first line is line {@code firstLine} of {@code file}, an empty mapping
     * when it holds nothing; nothing when it does not read, each problem reported ({@code fix} is the advice for a
     * syntax error of no kind adal knows). When every slip of typing could be mended, the document is read as mended,
     * so that its fields' own problems (a time that is no time, say) come in the same run, not after the slips are fixed.
     */
    static Optional<Node> read(String file, String written, int firstLine, String fix, Problems problems) {
        String yaml = OddIndentation.mend(file, written, firstLine, problems);
        try {
            Node node = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
            return Optional.of(node == null ? new MappingNode(Tag.MAP, List.of(), FlowStyle.BLOCK) : node);
        } catch (MarkedYAMLException e) {
            return YamlSyntaxError.report(file, yaml, firstLine, e, fix, problems)
                    .flatMap(mended -> read(file, mended, firstLine, fix, problems));
        } catch (ReaderException e) {
            addUnreadable(file, yaml, firstLine, e, problems);
        } catch (YAMLException e) {
            addBeyondLimits(file, firstLine, e, problems);
        }
        return Optional.empty();
    }

    /**
     * A document SnakeYAML refuses to compose although its syntax is right: more than 50 aliases, say, as a document
     * made to expand without end has. It names no line, so the document's first line is said.
     */
    static void addBeyondLimits(String file, int firstLine, YAMLException e, Problems problems) {
        problems.add(file, firstLine, "the YAML is beyond what adal reads: " + e.getMessage(),
                "write each value out instead of repeating it with aliases (*name)");
    }

    /** A character YAML does not read (a control character, say, that came with copied text), at its line. */
    static void addUnreadable(String file, String yaml, int firstLine, ReaderException e, Problems problems) {
        int line = firstLine + countLines(yaml, Math.min(e.getPosition(), yaml.length()));
        problems.add(file, line, String.format(Locale.ROOT, "the text holds the control character U+%04X, which YAML"
                + " does not allow", e.getCodePoint()), "delete it: it may have come with text copied from another program");
    }
}
