package kz.adal.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;
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
    /** Every word of a phrase: any other word, most of a text, is looked up in its buffer and never made a string. */
    private final CharArraySet phraseWords;
    /** The phrases by their last word. */
    private final Map<String, List<Phrase>> byLastWord;
    /** The latest words, a ring as long as the longest phrase, null for a word of no phrase. */
    private final String[] recent;
    /** The words read since the stream began. */
    private int words;
    private final ArrayDeque<String> found = new ArrayDeque<>();

    /** A phrase's words, and its term. */
    private record Phrase(String[] words, String term) {
    }

    public GlossaryPhraseFilter(TokenStream input, Set<String> phrases) {
        super(input);
        // in order, so that two phrases ending in one word are added in the same order in every run
        List<Phrase> all = new TreeSet<>(phrases).stream().map(p -> new Phrase(p.split(" "), p)).toList();
        this.byLastWord = all.stream().collect(Collectors.groupingBy(p -> p.words()[p.words().length - 1]));
        this.phraseWords = new CharArraySet(all.stream().flatMap(p -> Arrays.stream(p.words())).toList(), false);
        this.recent = new String[all.stream().mapToInt(p -> p.words().length).max().orElse(1)];
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
            String word = phraseWords.contains(term.buffer(), 0, term.length()) ? term.toString() : null;
            recent[words++ % recent.length] = word;
            for (Phrase phrase : word == null ? List.<Phrase>of() : byLastWord.getOrDefault(word, List.of())) {
                if (endsHere(phrase)) {
                    found.addLast(phrase.term());
                }
            }
        }
        return true;
    }

    /** Whether the latest words are {@code phrase}'s. */
    private boolean endsHere(Phrase phrase) {
        String[] its = phrase.words();
        if (its.length > words) {
            return false;
        }
        for (int k = 1; k < its.length; k++) {
            if (!its[its.length - 1 - k].equals(recent[(words - 1 - k) % recent.length])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        Arrays.fill(recent, null);
        words = 0;
        found.clear();
    }
}
