package kz.adal.search;

import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A query read word by word, the words between spaces, as the browser's mirror splits them. */
final class QueryWords {
    private static final Pattern WORD = Pattern.compile("[^ ]+");

    private QueryWords() {
    }

    /** {@code query} with each word as {@code reading} reads it; empty when every word stays as it is. */
    static Optional<String> read(String query, UnaryOperator<String> reading) {
        Matcher words = WORD.matcher(query);
        StringBuilder out = new StringBuilder(query.length());
        boolean changed = false;
        while (words.find()) {
            String word = words.group();
            String read = reading.apply(word);
            changed |= !read.equals(word);
            words.appendReplacement(out, Matcher.quoteReplacement(read));
        }
        words.appendTail(out);
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }
}
