package kz.adal.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Arrays;

/**
 * The line in its content file of each node of a parsed body, found by a binary search over the body's line starts:
 * flexmark's {@code getStartLineNumber()} counts lines from the body's start at every call, which for 10,000
 * protocols with a few links each took about 2 % of the build's CPU time.
 */
final class SourceLines {
    private final int firstLine;
    private final int[] starts;
    private final int count;

    /** The lines of {@code body}, whose first line is line {@code firstLine} of its file. */
    SourceLines(CharSequence body, int firstLine) {
        this.firstLine = firstLine;
        int[] found = new int[16];
        int n = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            // a line ends at \n, \r\n or a lone \r, as flexmark counts them
            if (c == '\n' || c == '\r' && (i + 1 == body.length() || body.charAt(i + 1) != '\n')) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i + 1;
            }
        }
        this.starts = found;
        this.count = n;
    }

    /** The line of the file on which {@code node} starts. */
    int of(Node node) {
        int at = Arrays.binarySearch(starts, 0, count, node.getStartOffset());
        return firstLine + (at >= 0 ? at : -at - 2);
    }
}
