package kz.adal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.adal.search.analysis.AdalAnalyzer;
import kz.adal.search.analysis.Analysis;
import kz.adal.search.analysis.KazakhStemmer;
import kz.adal.search.analysis.Letters;

/**
 * Turns what a person typed into a {@link QueryPlan}. Each word matches its stems (Kazakh and Russian), its
 * Russian-keyboard folding, terms one typing error away (see {@link Typos}), and, for the last word, terms it begins
 * (typing is not finished), as written or folded, or the stem it is typed up to (see {@link #addTypingTerms}); a
 * glossary term also matches its equivalents in the other language. A word that matches none of these gets the
 * glossary entries of a term it is a typing error of (коруппция, коррупция's), else the terms two errors away.
 */
public final class QueryPlanner {
    public static final float FUZZY = 0.6f;
    public static final float PREFIX = 0.8f;
    public static final float SYNONYM = 0.8f;
    public static final int FUZZY_MIN_LENGTH = 5;
    public static final int PREFIX_MIN_LENGTH = 3;
    public static final int MAX_FUZZY = 5;
    /** The weight of a term two typing errors away, tried for a long word that matches nothing else. */
    public static final float TWO_TYPOS = 0.4f;
    /**
     * The shortest stem two typing errors may be looked for in: in a shorter one they change too much (коруппц, the
     * Russian stem of коруппция, has 7 letters).
     */
    public static final int TWO_TYPOS_MIN_LENGTH = 7;
    public static final int MAX_PREFIX = 10;
    /**
     * What a completion of a word typed whole, a word of the text, weighs besides {@link #prefixWeight}: the word
     * is most likely what the person means, so the longer words it begins come after the texts with it (пара, a
     * bribe, before парасаттылық, integrity, even in a short item's title against a long section's body; a quarter
     * was not enough for that); one more letter typed gives them their weight back. A power of two, so that the
     * browser's single-precision product is the same.
     */
    public static final float AFTER_A_WHOLE_WORD = 0.125f;
    /** The shortest stem a word typed up to its ending may stand for (see {@link #stemTypedSoFar}). */
    public static final int MIN_TYPED_STEM = KazakhStemmer.MIN_STEM;
    /** How many endings a stem of two letters typed so far may have after it (see {@link #stemTypedSoFar}). */
    public static final int ROUNDS_AFTER_TWO_LETTERS = 2;
    /**
     * The Kazakh stemmer's endings as a typed word meets the terms (й as и), and the passive's л, н after a verb's
     * vowel, which the stemmer cuts with that vowel (айна+л+у is айн).
     */
    private static final List<String> ENDINGS = typedEndings(KazakhStemmer.STANDARD);
    /** The same, folded as the folded field's terms are. */
    private static final List<String> FOLDED_ENDINGS = typedEndings(KazakhStemmer.FOLDED);

    private final AdalAnalyzer kk = new AdalAnalyzer(AdalAnalyzer.Chain.KK);
    private final AdalAnalyzer ru = new AdalAnalyzer(AdalAnalyzer.Chain.RU);
    private final AdalAnalyzer folded = new AdalAnalyzer(AdalAnalyzer.Chain.FOLDED);
    private final AdalAnalyzer plain = new AdalAnalyzer(AdalAnalyzer.Chain.PLAIN);
    private final TermDictionary dictionary;
    private final GlossaryTerms glossary;

    public QueryPlanner(TermDictionary dictionary, GlossaryTerms glossary) {
        this.dictionary = dictionary;
        this.glossary = glossary;
    }

    /** The glossary as the planner uses it, which the browser gets too. */
    public GlossaryTerms glossary() {
        return glossary;
    }

    /**
     * How many documents hold {@code word} as a query matches it exactly: the more of its Kazakh and its Russian
     * reading, each the documents of its rarest term (a hyphenated word's whole and parts must all be there).
     */
    public int documentsWith(String word) {
        return Math.max(documentsWithAll(Analysis.terms(kk, word)), documentsWithAll(Analysis.terms(ru, word)));
    }

    private int documentsWithAll(List<String> terms) {
        int fewest = terms.isEmpty() ? 0 : Integer.MAX_VALUE;
        for (String term : terms) {
            fewest = Math.min(fewest, dictionary.documentsWith(term));
        }
        return fewest;
    }

    public QueryPlan plan(String query) {
        List<String> words = Analysis.terms(plain, query);
        boolean typing = !query.isEmpty() && !Character.isWhitespace(query.charAt(query.length() - 1));
        List<Set<String>> stemsOf = new ArrayList<>();
        List<Map<String, QueryPlan.Clause>> clausesOf = new ArrayList<>();
        Set<Integer> glossaryEntries = new LinkedHashSet<>();
        Set<Integer> withSynonyms = new TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            Map<String, QueryPlan.Clause> clauses = new TreeMap<>();
            Set<String> stems = new LinkedHashSet<>(Analysis.terms(kk, word));
            stems.addAll(Analysis.terms(ru, word));
            stemsOf.add(stems);
            clausesOf.add(clauses);
            for (String stem : stems) {
                addStemmed(clauses, stem, 1f);
                for (String near : typosOf(stem, 1)) {
                    addStemmed(clauses, near, FUZZY);
                }
            }
            List<String> foldedTerms = Analysis.terms(folded, word);
            for (String term : foldedTerms) {
                addFolded(clauses, term, 1f);
            }
            if (typing && i == words.size() - 1) {
                addTypingTerms(clauses, word, stems, foldedTerms);
            }
            for (int e = 0; e < glossary.stemmed().size(); e++) {
                List<List<String>> members = glossary.stemmed().get(e);
                if (members.stream().anyMatch(member -> member.size() == 1 && stems.contains(member.get(0)))) {
                    addSynonyms(clauses, e);
                    glossaryEntries.add(e);
                    withSynonyms.add(i);
                }
            }
        }
        for (int e = 0; e < glossary.stemmed().size(); e++) {
            for (List<String> phrase : glossary.stemmed().get(e)) {
                if (phrase.size() < 2) {
                    continue;
                }
                int[] at = wordsOf(phrase, stemsOf);
                if (at != null) {
                    addAlignedSynonyms(clausesOf, at, e);
                    glossaryEntries.add(e);
                    Arrays.stream(at).forEach(withSynonyms::add);
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (withSynonyms.contains(i) || clausesOf.get(i).values().stream().anyMatch(this::isIndexed)) {
                continue;
            }
            // a word that matches nothing: a glossary term typed with an error (коруппция), else the terms two
            // errors away
            List<Integer> entries = glossaryEntriesNear(stemsOf.get(i));
            for (int e : entries) {
                addSynonyms(clausesOf.get(i), e);
                glossaryEntries.add(e);
            }
            if (entries.isEmpty()) {
                for (String stem : stemsOf.get(i)) {
                    for (String near : typosOf(stem, 2)) {
                        addStemmed(clausesOf.get(i), near, TWO_TYPOS);
                    }
                }
            }
        }
        List<QueryPlan.Word> planned = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            planned.add(new QueryPlan.Word(words.get(i), List.copyOf(clausesOf.get(i).values())));
        }
        return new QueryPlan(planned, List.copyOf(glossaryEntries));
    }

    /**
     * The query words that hold a glossary member's terms: one after another where they can be (комплаенс-офицер
     * is three words, the whole and its parts, and each gets its own term), else each the first word that holds it
     * (интересов конфликт); null if a term is in no word.
     */
    private static int[] wordsOf(List<String> member, List<Set<String>> stemsOf) {
        int[] inOrder = new int[member.size()];
        int[] first = new int[member.size()];
        boolean ordered = true;
        for (int t = 0; t < member.size(); t++) {
            first[t] = wordWith(member.get(t), stemsOf, 0);
            if (first[t] < 0) {
                return null;
            }
            inOrder[t] = ordered ? wordWith(member.get(t), stemsOf, t == 0 ? 0 : inOrder[t - 1] + 1) : -1;
            ordered = inOrder[t] >= 0;
        }
        return ordered ? inOrder : first;
    }

    private static int wordWith(String stem, List<Set<String>> stemsOf, int from) {
        for (int w = from; w < stemsOf.size(); w++) {
            if (stemsOf.get(w).contains(stem)) {
                return w;
            }
        }
        return -1;
    }

    /**
     * A glossary phrase in the query (конфликт интересов, whose words are at {@code at}) gives each of its words the
     * words of the entry's other members in the same place (мүдделер to конфликт, қақтығыс to интерес), so the text
     * with the whole synonym has all the query's words and ranks above a text with one of them. A phrase of another
     * length gives every word its phrase term (противодействие коррупции: сыбайлас жемқорлыққа қарсы, whole), and a
     * member of one word is repeated.
     */
    private void addAlignedSynonyms(List<Map<String, QueryPlan.Clause>> clausesOf, int[] at, int entry) {
        for (int member = 0; member < glossary.stemmed().get(entry).size(); member++) {
            alignTo(at.length, glossary.stemmed().get(entry).get(member), glossary.stemmedPhrases().get(entry).get(member),
                    (place, term) -> addStemmed(clausesOf.get(at[place]), term, SYNONYM));
            alignTo(at.length, glossary.folded().get(entry).get(member), glossary.foldedPhrases().get(entry).get(member),
                    (place, term) -> addFolded(clausesOf.get(at[place]), term, SYNONYM));
        }
    }

    /**
     * Hands each of {@code terms} to a place 0..places-1 in order, every place getting at least one; or, when they
     * are a {@code phrase} of another length, the phrase term to every place: its words shared out one here, two
     * there, would match apart (spread over two Russian words, сыбайлас alone stood for противодействие).
     */
    private static void alignTo(int places, List<String> terms, String phrase, BiConsumer<Integer, String> to) {
        int k = terms.size();
        if (!phrase.isEmpty() && k != places) {
            for (int place = 0; place < places; place++) {
                to.accept(place, phrase);
            }
        } else if (k >= places) {
            for (int j = 0; j < k; j++) {
                to.accept(j * places / k, terms.get(j));
            }
        } else if (k > 0) {
            for (int place = 0; place < places; place++) {
                to.accept(place, terms.get(place * k / places));
            }
        }
    }

    /**
     * Gives one query word the synonyms of glossary entry {@code entry}: a member of one word as its terms, a phrase
     * as its phrase term, which only a text with the whole phrase has (госзакупки finds сатып алу, not every алу).
     */
    private void addSynonyms(Map<String, QueryPlan.Clause> clauses, int entry) {
        forEachSynonymTerm(glossary.stemmed().get(entry), glossary.stemmedPhrases().get(entry),
                term -> addStemmed(clauses, term, SYNONYM));
        forEachSynonymTerm(glossary.folded().get(entry), glossary.foldedPhrases().get(entry),
                term -> addFolded(clauses, term, SYNONYM));
    }

    private static void forEachSynonymTerm(List<List<String>> members, List<String> phrases, Consumer<String> to) {
        for (int member = 0; member < members.size(); member++) {
            if (phrases.get(member).isEmpty()) {
                members.get(member).forEach(to);
            } else {
                to.accept(phrases.get(member));
            }
        }
    }

    /**
     * A completion weighs by how much of it was typed: {@code пара} (a bribe) is a whole word of the text and only
     * begins {@code парасаттылық} (integrity), so the word itself ranks above the longer words it starts. A stem
     * typed so far weighs the same way, by how much of what was typed it is ({@code part} the stem, {@code whole}
     * the typed word).
     */
    static float prefixWeight(String part, String whole) {
        return PREFIX * part.length() / whole.length();
    }

    private static List<String> typedEndings(KazakhStemmer stemmer) {
        return Stream.concat(stemmer.suffixes().stream(), Stream.of("л", "н")).map(QueryPlanner::foldYoAndShortI)
                .distinct().toList();
    }

    /** A prefix meets the index's terms only after the last step of the stemmed chain, ё/е and й/и. */
    private static String foldYoAndShortI(String word) {
        return word.replace('ё', 'е').replace('й', 'и');
    }

    private void addStemmed(Map<String, QueryPlan.Clause> clauses, String term, float weight) {
        for (String field : SearchFields.STEMMED) {
            add(clauses, field, term, SearchFields.boost(field) * weight);
        }
    }

    private static void addFolded(Map<String, QueryPlan.Clause> clauses, String term, float weight) {
        add(clauses, SearchFields.FOLDED, term, SearchFields.FOLDED_BOOST * weight);
    }

    /** Keeps the highest weight when a term comes by two ways (its own stem and a synonym, say). */
    private static void add(Map<String, QueryPlan.Clause> clauses, String field, String term, float boost) {
        String key = field + "\u0000" + term;
        QueryPlan.Clause old = clauses.get(key);
        if (old == null || old.boost() < boost) {
            clauses.put(key, new QueryPlan.Clause(field, term, boost));
        }
    }

    static boolean hasDigit(String term) {
        return term.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** A term a typo or a completion may be: not a number, nor a glossary phrase's term (see {@link GlossaryTerms}). */
    private static boolean isWord(String term) {
        return !hasDigit(term) && !GlossaryTerms.isPhrase(term);
    }

    /**
     * The terms {@code term} is a typo of, with up to {@code errors} typing errors (see {@link #isTypoOf}), the first
     * {@link #MAX_FUZZY} in the dictionary's order: one for every word, two for a word that matches nothing else
     * (сыбайлассс, жауапкершілктік), so that it does not leave a query without results.
     */
    private List<String> typosOf(String term, int errors) {
        // a number one edit away is another number: 1424 is not 1425, section 6.1.7 not 6.1.3
        if (term.length() < shortestWithTypos(errors) || hasDigit(term)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String candidate : dictionary.termsStartingWith(term.substring(0, 2))) {
            if (out.size() < MAX_FUZZY && isWord(candidate) && isTypoOf(term, candidate, errors)) {
                out.add(candidate);
            }
        }
        return out;
    }

    /** The glossary entries with a member of one word that one of {@code stems} is a typing error of. */
    private List<Integer> glossaryEntriesNear(Set<String> stems) {
        List<Integer> entries = new ArrayList<>();
        for (int e = 0; e < glossary.stemmed().size(); e++) {
            if (glossary.stemmed().get(e).stream().anyMatch(member -> member.size() == 1 && stems.stream()
                    .anyMatch(stem -> isTypoOf(stem, member.get(0), 1) || isTypoOf(stem, member.get(0), 2)))) {
                entries.add(e);
            }
        }
        return entries;
    }

    /**
     * Whether {@code typed} is {@code term} with at most {@code errors} typing errors, as typo tolerance reads a
     * word: first two letters kept, one error in a word of {@link #FUZZY_MIN_LENGTH} letters or more, two in one of
     * {@link #TWO_TYPOS_MIN_LENGTH}; never in a number.
     */
    static boolean isTypoOf(String typed, String term, int errors) {
        if (typed.length() < shortestWithTypos(errors) || hasDigit(typed) || !typed.regionMatches(0, term, 0, 2)
                || typed.equals(term) || Math.abs(typed.length() - term.length()) > errors) {
            return false;
        }
        return errors < 2 ? Typos.oneApart(typed, term) : Typos.count(typed, term) <= errors;
    }

    private static int shortestWithTypos(int errors) {
        return errors < 2 ? FUZZY_MIN_LENGTH : TWO_TYPOS_MIN_LENGTH;
    }

    /** Whether a clause's term is in the index, in its field's terms. */
    private boolean isIndexed(QueryPlan.Clause clause) {
        return isIn(clause.term(), clause.field().equals(SearchFields.FOLDED) ? dictionary::foldedTermsStartingWith
                : dictionary::termsStartingWith);
    }

    private static List<String> startingWith(String prefix, Function<String, List<String>> terms) {
        // numbers and dates are not completed: a term with a digit is not kept with the others of its first letters
        // (see TermShards), and 202 is no more 2024 than 2022
        if (prefix.length() < PREFIX_MIN_LENGTH || hasDigit(prefix)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String candidate : terms.apply(prefix.substring(0, 2))) {
            if (out.size() < MAX_PREFIX && candidate.length() > prefix.length() && candidate.startsWith(prefix)
                    && isWord(candidate)) {
                out.add(candidate);
            }
        }
        return out;
    }

    /**
     * The last word while it is typed: the terms it begins; typed on a Russian keyboard (анык, on the way to
     * анықтау), the folded terms it begins; and when it neither is nor begins a term, typed up to one of its
     * endings (адамдард, ауруханас), the stem it is on its way to, or else what the word without its last letter
     * analyses to (пайдаланылуд). Without the last three the results went blank while such a word was typed.
     */
    private void addTypingTerms(Map<String, QueryPlan.Clause> clauses, String word, Set<String> stems,
                                List<String> foldedTerms) {
        String typed = foldYoAndShortI(word);
        boolean whole = stems.stream().anyMatch(t -> isIn(t, dictionary::termsStartingWith))
                || foldedTerms.stream().anyMatch(t -> isIn(t, dictionary::foldedTermsStartingWith));
        float share = whole ? AFTER_A_WHOLE_WORD : 1f;
        List<String> completions = startingWith(typed, dictionary::termsStartingWith);
        for (String longer : completions) {
            addStemmed(clauses, longer, prefixWeight(typed, longer) * share);
        }
        if (!completions.isEmpty()) {
            return;
        }
        String foldedTyped = foldYoAndShortI(Letters.fold(word));
        List<String> foldedCompletions = startingWith(foldedTyped, dictionary::foldedTermsStartingWith);
        for (String longer : foldedCompletions) {
            addFolded(clauses, longer, prefixWeight(foldedTyped, longer) * share);
        }
        if (!foldedCompletions.isEmpty() || whole) {
            return;
        }
        String stem = stemTypedSoFar(typed, dictionary::termsStartingWith, ENDINGS, KazakhStemmer.STANDARD.unvoice());
        if (stem != null) {
            addStemmed(clauses, stem, prefixWeight(stem, typed));
            return;
        }
        String foldedStem = stemTypedSoFar(foldedTyped, dictionary::foldedTermsStartingWith, FOLDED_ENDINGS,
                KazakhStemmer.FOLDED.unvoice());
        if (foldedStem != null) {
            addFolded(clauses, foldedStem, prefixWeight(foldedStem, foldedTyped));
            return;
        }
        String stemBefore = stemBeforeLastLetter(word, typed, kk, dictionary::termsStartingWith, ENDINGS);
        if (stemBefore != null) {
            addStemmed(clauses, stemBefore, prefixWeight(stemBefore, typed));
            return;
        }
        String foldedBefore = stemBeforeLastLetter(word, foldedTyped, folded, dictionary::foldedTermsStartingWith,
                FOLDED_ENDINGS);
        if (foldedBefore != null) {
            addFolded(clauses, foldedBefore, prefixWeight(foldedBefore, foldedTyped));
        }
    }

    /**
     * What {@code chain} makes of {@code word} without its last letter, when that letter ({@code typed}'s, the word
     * as {@code endings} are written) can begin an ending and the result is one of {@code terms}: a word typed up to
     * an ending's first letter after endings that {@link #stemTypedSoFar}, which reads endings alone, does not take
     * apart (пайдаланылу+д, тақырыбын+д, өтеу+д); null if none.
     */
    private static String stemBeforeLastLetter(String word, String typed, AdalAnalyzer chain,
                                               Function<String, List<String>> terms, List<String> endings) {
        if (word.length() <= MIN_TYPED_STEM + 1 || !beginsEndings(typed.substring(typed.length() - 1), 1, endings)) {
            return null;
        }
        for (String stem : Analysis.terms(chain, word.substring(0, word.length() - 1))) {
            if (isWord(stem) && isIn(stem, terms)) {
                return stem;
            }
        }
        return null;
    }

    private static boolean isIn(String term, Function<String, List<String>> terms) {
        return term.length() >= 2 && Collections.binarySearch(terms.apply(term.substring(0, 2)), term) >= 0;
    }

    /**
     * The longest term {@code typed} is or starts with whose rest can begin a run of {@code endings}, also with its
     * last consonant unvoiced as the stemmer leaves a stem before a vowel (шеңб, on the way to шеңберінде: шеңп);
     * null if none. {@code typed} itself may be a term its own analysis cuts further (талқыл, as typed, is талқ). A
     * stem of two letters only where the stemmer leaves one.
     */
    private static String stemTypedSoFar(String typed, Function<String, List<String>> terms, List<String> endings,
                                         Map<Character, Character> unvoice) {
        if (typed.length() <= MIN_TYPED_STEM || hasDigit(typed)) {
            return null;
        }
        List<String> candidates = terms.apply(typed.substring(0, 2));
        for (int end = typed.length(); end >= MIN_TYPED_STEM; end--) {
            String rest = typed.substring(end);
            char last = typed.charAt(end - 1);
            String unvoiced = unvoice.containsKey(last) ? typed.substring(0, end - 1) + unvoice.get(last) : null;
            for (String stem : new String[] {typed.substring(0, end), unvoiced}) {
                if (stem != null && isWord(stem) && Collections.binarySearch(candidates, stem) >= 0
                        && (rest.isEmpty() || beginsEndings(rest, KazakhStemmer.ROUNDS, endings))) {
                    return stem;
                }
            }
        }
        // two letters only where the stemmer leaves two, a common noun of two letters or a verb's root before -у or
        // its passive -ын (ал+ын+ғ), and with two endings at most (ел+дер+д, ал+у+д): else алқа would be ал, to take,
        // and a dative, and алуан (diverse) ал+у+а+н
        String root = typed.substring(0, 2);
        String rest = typed.substring(2);
        return Collections.binarySearch(candidates, root) >= 0
                && (KazakhStemmer.SHORT_NOUNS.contains(root) || rest.startsWith("у") || beforeItsPassive(root, rest))
                && beginsEndings(rest, ROUNDS_AFTER_TWO_LETTERS, endings) ? root : null;
    }

    /** Whether {@code rest} starts with the passive -ын of a two-letter verb {@code root} (ал+ын). */
    private static boolean beforeItsPassive(String root, String rest) {
        return KazakhStemmer.PASSIVE_YN_ROOTS.contains(root)
                && KazakhStemmer.PASSIVE_YN.stream().anyMatch(rest::startsWith);
    }

    /** Whether {@code rest} is endings of a Kazakh word, the last of them perhaps typed only in part. */
    private static boolean beginsEndings(String rest, int rounds, List<String> endings) {
        for (String ending : endings) {
            if (ending.startsWith(rest) || rounds > 1 && rest.length() > ending.length() && rest.startsWith(ending)
                    && beginsEndings(rest.substring(ending.length()), rounds - 1, endings)) {
                return true;
            }
        }
        return false;
    }
}
