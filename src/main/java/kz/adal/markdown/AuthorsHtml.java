package kz.adal.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kz.adal.content.Problems;

/**
 * The two pieces of HTML authors write in Markdown for what it has no sign of, taken as they mean them, where every
 * other piece of HTML is published as text: a comment ({@code <!-- ... -->}), a note to the next author that readers
 * must not see, is left out of the page and of the search index; {@code <br>} breaks the line.
 */
final class AuthorsHtml {
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private final Problems problems;
    private final String sourceFile;
    private final SourceLines lines;

    AuthorsHtml(Problems problems, String sourceFile, SourceLines lines) {
        this.problems = problems;
        this.sourceFile = sourceFile;
        this.lines = lines;
    }

    void apply(Document document) {
        // most texts hold no HTML, which needs a '<': they are not walked a second time
        if (document.getChars().indexOf('<') < 0) {
            return;
        }
        List<Node> found = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment
                    || node instanceof HtmlInline && LINE_BREAK.matcher(node.getChars()).matches()) {
                found.add(node);
            }
        }
        for (Node node : found) {
            String chars = node.getChars().toString();
            int end = chars.lastIndexOf("-->");
            if (node instanceof HtmlCommentBlock && end < 0) {
                // a comment block runs to the end of the text when nothing closes it: the rest would vanish unsaid
                problems.add(sourceFile, lines.of(node), "the comment '<!--' opened here is never closed: all the text"
                        + " after it would be left out of the page", "close it with '-->' where the note ends");
            } else if (node instanceof HtmlCommentBlock && !chars.substring(end + 3).isBlank()) {
                // a comment block ends with the line that closes it, and takes what follows on that line with it
                int closing = lines.of(node) + (int) chars.substring(0, end).chars().filter(c -> c == '\n').count();
                problems.add(sourceFile, closing, "the text after '-->' on the comment's last line would be left out"
                        + " of the page with the comment", "start that text on a line of its own");
            } else if (node instanceof HtmlInline) {
                node.insertBefore(new HardLineBreak(node.getChars()));
            }
            node.unlink();
        }
    }
}
