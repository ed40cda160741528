package kz.adal.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Where the words of a glossary phrase stand together ({@code сатып алу}), adds one more term at the last word's
 * position: the phrase's terms joined by a space. A query word whose glossary equivalent is a phrase (госзакупки)
 * matches that term, so a text has the synonym only where the phrase stands whole, not wherever one of its words
 * does ({@code алу} alone is "to take"). The phrases are given as the chain's own terms joined by a space; a word's
 * hyphen parts, at its position, are not words of a phrase. Not Lucene's {@code SynonymGraphFilter}: it cannot read
 * a stream with tokens stacked at one position, which the hyphen parts are, and needs a flattening filter after it.
 */
public final class GlossaryPhraseFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Set<String> phrases;
    /** The last words of the phrases: most words end none, and are passed without joining anything. */
    private final Set<String> lastWords;
    private final int longest;
    /** The terms of the latest words, the newest last, as many as the longest phrase has. */
    private final ArrayDeque<String> recent = new ArrayDeque<>();
    private final ArrayDeque<String> found = new ArrayDeque<>();

    public GlossaryPhraseFilter(TokenStream input, Set<String> phrases) {
        super(input);
        this.phrases = phrases;
        this.lastWords = phrases.stream().map(p -> p.substring(p.lastIndexOf(' ') + 1)).collect(Collectors.toSet());
        this.longest = phrases.stream().mapToInt(p -> p.split(" ").length).max().orElse(0);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!found.isEmpty()) {
            term.setEmpty().append(found.removeFirst());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (position.getPositionIncrement() > 0) {
            String word = term.toString();
            recent.addLast(word);
            if (recent.size() > longest) {
                recent.removeFirst();
            }
            if (lastWords.contains(word)) {
                findPhrasesEndingHere();
            }
        }
        return true;
    }

    private void findPhrasesEndingHere() {
        StringBuilder phrase = new StringBuilder();
        Iterator<String> newestFirst = recent.descendingIterator();
        phrase.append(newestFirst.next());
        while (newestFirst.hasNext()) {
            phrase.insert(0, ' ').insert(0, newestFirst.next());
            if (phrases.contains(phrase.toString())) {
                found.addLast(phrase.toString());
            }
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        recent.clear();
        found.clear();
    }
}
