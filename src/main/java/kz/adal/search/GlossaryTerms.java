package kz.adal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import kz.adal.content.GlossaryEntry;
import kz.adal.search.analysis.AdalAnalyzer;
import kz.adal.search.analysis.Analysis;
import org.apache.lucene.analysis.Analyzer;

/**
 * The glossary as search reads it, in the stemmed chain (Kazakh members by the Kazakh chain, Russian by the Russian)
 * and in the folded chain: each entry's members as their terms, and each member of two or more words as its phrase
 * term, the words' terms joined by a space ("" for a member of one word), which the index adds where the phrase
 * stands whole (see {@link kz.adal.search.analysis.GlossaryPhraseFilter}); and each entry's members as written, Kazakh
 * then Russian, each once, which the results of a query that brought the entry in name.
 */
public record GlossaryTerms(List<List<List<String>>> stemmed, List<List<String>> stemmedPhrases,
        List<List<List<String>>> folded, List<List<String>> foldedPhrases, List<List<String>> written) {

    public static GlossaryTerms of(List<GlossaryEntry> glossary) {
        AdalAnalyzer kk = new AdalAnalyzer(AdalAnalyzer.Chain.KK);
        AdalAnalyzer ru = new AdalAnalyzer(AdalAnalyzer.Chain.RU);
        AdalAnalyzer folded = new AdalAnalyzer(AdalAnalyzer.Chain.FOLDED);
        return new GlossaryTerms(
                glossary.stream().map(entry -> members(entry, kk, ru, Analysis::terms)).toList(),
                glossary.stream().map(entry -> phrases(entry, kk, ru)).toList(),
                // the folded chain too, so a synonym also meets text typed on a Russian keyboard
                glossary.stream().map(entry -> members(entry, folded, folded, Analysis::terms)).toList(),
                glossary.stream().map(entry -> phrases(entry, folded, folded)).toList(),
                // a word of both languages (мониторинг) is named once
                glossary.stream().map(entry -> Stream.concat(entry.kk().stream(), entry.ru().stream()).distinct()
                        .toList()).toList());
    }

    /** Each member of an entry as its terms: Kazakh members by {@code kazakh}'s chain, Russian by {@code russian}'s. */
    private static List<List<String>> members(GlossaryEntry entry, Analyzer kazakh, Analyzer russian,
            BiFunction<Analyzer, String, List<String>> analysis) {
        List<List<String>> members = new ArrayList<>();
        entry.kk().forEach(term -> members.add(analysis.apply(kazakh, term)));
        entry.ru().forEach(term -> members.add(analysis.apply(russian, term)));
        return members;
    }

    private static List<String> phrases(GlossaryEntry entry, Analyzer kazakh, Analyzer russian) {
        return members(entry, kazakh, russian, Analysis::words).stream()
                .map(words -> words.size() < 2 ? "" : String.join(" ", words)).toList();
    }

    /** Whether {@code term} is a phrase term: no word's term has a space. */
    public static boolean isPhrase(String term) {
        return term.indexOf(' ') >= 0;
    }

    /** Every phrase term of the stemmed chain: what the index of the title, headings and body adds. */
    public Set<String> stemmedPhraseTerms() {
        return nonEmpty(stemmedPhrases);
    }

    /** Every phrase term of the folded chain. */
    public Set<String> foldedPhraseTerms() {
        return nonEmpty(foldedPhrases);
    }

    private static Set<String> nonEmpty(List<List<String>> phrases) {
        Set<String> terms = new TreeSet<>();
        phrases.forEach(entry -> entry.stream().filter(p -> !p.isEmpty()).forEach(terms::add));
        return terms;
    }
}
