package kz.adal.search.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Turns a dot between two digits into a hyphen, so a citation ({@code 6.1.2}) or a date ({@code 12.08.2024}) is a
 * word found whole and by its parts, as a hyphenated word is. One character for one, so offsets stay as they are.
 */
public final class DotInNumberFilter extends CharFilter {
    private static final int NONE = -1;
    /** The last character handed out, for a dot at the start of the next block. */
    private int before = NONE;
    /** A character read beyond a block to see what follows a dot at its end, handed out first next time. */
    private int pending = NONE;

    public DotInNumberFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int count = 0;
        if (pending != NONE) {
            buffer[offset] = (char) pending;
            pending = NONE;
            count = 1;
        }
        int read = count < length ? input.read(buffer, offset + count, length - count) : 0;
        count += Math.max(read, 0);
        if (count == 0) {
            return -1;
        }
        int end = offset + count;
        for (int i = offset; i < end; i++) {
            if (buffer[i] == '.' && isDigit(i > offset ? buffer[i - 1] : before)) {
                int next = i + 1 < end ? buffer[i + 1] : (pending = input.read());
                if (isDigit(next)) {
                    buffer[i] = '-';
                }
            }
        }
        before = buffer[end - 1];
        return count;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    @Override
    protected int correct(int offset) {
        return offset;
    }
}
