package kz.adal.search.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Turns a dot between two digits into a hyphen, so a citation ({@code 6.1.2}) or a date ({@code 12.08.2024}) is a
 * word found whole and by its parts, as a hyphenated word is. One character for one, so offsets stay as they are.
 */
public final class DotInNumberFilter extends CharFilter {
    private final char[] one = new char[1];
    private int before = -1;
    private int ahead = -2; // -2: nothing read ahead

    public DotInNumberFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int count = 0;
        while (count < length) {
            int c = next();
            if (c < 0) {
                return count == 0 ? -1 : count;
            }
            if (c == '.' && isDigit(before)) {
                ahead = next();
                if (isDigit(ahead)) {
                    c = '-';
                }
            }
            buffer[offset + count++] = (char) c;
            before = c;
        }
        return count;
    }

    private int next() throws IOException {
        if (ahead != -2) {
            int c = ahead;
            ahead = -2;
            return c;
        }
        return input.read(one, 0, 1) < 0 ? -1 : one[0];
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    @Override
    protected int correct(int offset) {
        return offset;
    }
}
