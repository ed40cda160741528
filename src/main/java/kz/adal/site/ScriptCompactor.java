package kz.adal.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes out of a theme script what only those who read its source need: the comments that fill whole lines, except
 * those before its first line of code (what the file is, its licence), blank lines, and each line's indentation. The
 * search engine, loaded for a reader's first query, so loses more than a quarter of its bytes. Lines are never
 * joined, so no statement runs into another.
 * <p>
 * It reads lines, not JavaScript: a line that starts with a comment starts one in ES5, where no string or regular
 * expression spans lines, except after a line that ends in a backslash; a script with one is left as it is.
 */
final class ScriptCompactor {

    private ScriptCompactor() {
    }

    static String compact(String script) {
        String[] lines = script.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        // the comments before the first line of code say what the file is and under which licence: they stay
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.endsWith("\\")) {
                return script;
            }
            if (line.startsWith("/*")) {
                int close = closingLine(lines, i);
                if (header || keepsCode(lines, i, close)) {
                    for (int j = i; j <= close; j++) {
                        kept.add(lines[j].strip());
                    }
                }
                i = close;
            } else if (line.startsWith("//")) {
                // one that holds a */ may be in a comment opened after code on a line above, and close it
                if (header || line.contains("*/")) {
                    kept.add(line);
                }
            } else if (!line.isEmpty() || i == lines.length - 1) {
                header = false;
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    /** Whether the comment from line {@code start} to {@code close} shares its last line with code (or never ends). */
    private static boolean keepsCode(String[] lines, int start, int close) {
        int end = lines[close].indexOf("*/", close == start ? lines[start].indexOf("/*") + 2 : 0);
        return end < 0 || !lines[close].substring(end + 2).isBlank();
    }

    /** The line on which the comment opened on line {@code start} closes (the last line if it never does). */
    private static int closingLine(String[] lines, int start) {
        int from = lines[start].indexOf("/*") + 2;
        for (int i = start; i < lines.length; i++) {
            if (lines[i].indexOf("*/", i == start ? from : 0) >= 0) {
                return i;
            }
        }
        return lines.length - 1;
    }
}
