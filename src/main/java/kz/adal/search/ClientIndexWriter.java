package kz.adal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import kz.adal.format.Json;
import kz.adal.format.WholeWords;
import kz.adal.search.analysis.KazakhStemmer;
import kz.adal.search.analysis.Letters;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Exports the Lucene index as the browser's client index: Lucene's own terms, postings, norms and collection
 * statistics, so the browser's BM25 gives IndexSearcher's scores. Every file is a classic script that hands its
 * data to {@code adal.searchData(name, data)}, so the index loads over http and from file:// alike.
 * <ul>
 * <li>{@code search/meta.js}: the table of {@link CyrillicBytes} and, deflated in it, statistics, analysis tables,
 * the glossary's stemmed members and phrases and the number of term shards;</li>
 * <li>{@code search/terms/N.js}: the terms of shard N (see {@link TermShards}), with their postings, or for a
 * term in many documents the head of its postings, those that score highest, as JSON deflated (see
 * {@link TextPacker}, without a preset dictionary);</li>
 * <li>{@code search/tails/N.js}: the rest of such a term's postings, fetched only when they could change a result;</li>
 * <li>{@code search/glossary/N.js}: glossary entry N's folded members and phrases and the entries of all its
 * terms, so that a query that brings in the entry's synonyms loads one file for them instead of the shards of their
 * first letters;</li>
 * <li>{@code search/docs/N.js}: what result N shows (url, title, breadcrumb, text for the excerpt) as JSON,
 * deflated against the preset dictionary (see {@link TextPacker});</li>
 * <li>{@code search/more/N.js}: the rest of result N's text when its file holds only the first 1,500 characters,
 * loaded only for a result that would otherwise show none of the query's words;</li>
 * <li>{@code search/dictionary.js}: that dictionary, deflated alone, loaded with the first results;</li>
 * <li>{@code search/facets.js}: each document's type and year, for filtered searches.</li>
 * </ul>
 */
public final class ClientIndexWriter {
    /** Fields in the order postings are stored for each term. */
    public static final List<String> FIELDS = List.of(SearchFields.TITLE, SearchFields.HEADINGS, SearchFields.BODY,
            SearchFields.FOLDED);
    private static final int EXCERPT_SOURCE_CHARS = 1500;

    /** Postings per term and field up to which a list is stored whole; a longer one is split into head and tail. */
    public static final int HEAD_POSTINGS = 48;

    private final SearchIndex index;
    private final QueryPlanner planner;
    private final int headSize;

    public ClientIndexWriter(SearchIndex index, QueryPlanner planner) {
        this(index, planner, HEAD_POSTINGS);
    }

    /** A writer with another head size: small ones let tests reach the tails on a small index. */
    public ClientIndexWriter(SearchIndex index, QueryPlanner planner, int headSize) {
        this.index = index;
        this.planner = planner;
        this.headSize = headSize;
    }

    /** Writes every file of the client index to {@code out} (path, bytes), which must be safe for several threads. */
    public void write(BiConsumer<String, byte[]> out) {
        try {
            List<String> tails = new ArrayList<>();
            Map<String, List<Object>> entries = entriesByTerm(tails);
            // a glossary phrase's term serves only its entry's synonyms, and comes with them in the entry's file
            Map<String, List<Object>> words = new TreeMap<>(entries);
            words.keySet().removeIf(GlossaryTerms::isPhrase);
            TermShards shards = TermShards.sized(headBytes(words, false), headBytes(words, true));
            Map<Integer, Map<String, List<Object>>> byShard = new TreeMap<>();
            words.forEach((term, entry) -> byShard.computeIfAbsent(shards.of(term), s -> new TreeMap<>()).put(term, entry));
            // one small file per shard, per result and per tail: tens of thousands for a large archive, so in parallel.
            // A shard's terms and JSON deflate to half; the tails, gaps already in base-64 digits, would not.
            TextPacker shardPacker = new TextPacker(PresetDictionary.NONE);
            IntStream.range(0, shards.total()).parallel().forEach(shard -> script(out, "search/terms/" + shard + ".js",
                    "t" + shard, shardPacker.pack(Json.of(byShard.getOrDefault(shard, Map.of())))));
            IntStream.range(0, tails.size()).parallel().forEach(tail ->
                    script(out, "search/tails/" + tail + ".js", "x" + tail, tails.get(tail)));
            for (int e = 0; e < planner.glossary().stemmed().size(); e++) {
                script(out, "search/glossary/" + e + ".js", "g" + e, glossaryFile(e, entries));
            }
            List<SearchDocument> documents = index.documents();
            // each result's JSON made where it is needed, not held for all: at 10,000 protocols that is 40 MB of heap
            IntFunction<String> result = doc -> Json.of(documentData(documents.get(doc)));
            PresetDictionary dictionary = PresetDictionary.train(documents.size(), result, PresetDictionary.MAX_BYTES);
            TextPacker packer = new TextPacker(dictionary);
            IntStream.range(0, documents.size()).parallel().forEach(doc ->
                    script(out, "search/docs/" + doc + ".js", "d" + doc, packer.pack(result.apply(doc))));
            IntStream.range(0, documents.size()).parallel().filter(doc -> hasMore(documents.get(doc))).forEach(doc ->
                    script(out, "search/more/" + doc + ".js", "m" + doc,
                            packer.pack(Json.of(moreOf(documents.get(doc))))));
            script(out, "search/dictionary.js", "dictionary", dictionaryData(dictionary));
            script(out, "search/facets.js", "facets", facets(documents));
            script(out, "search/meta.js", "meta", metaFile(shards, shardPacker));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A term's postings in one field: all of them when few; otherwise the head, the postings that score highest,
     * and where the rest (the tail) is, with its document frequency and its best posting's frequency and norm,
     * from which the browser knows the most any tail document can score and fetches the tail only when that could
     * change the results it shows.
     */
    private Object entry(PostingList list, List<String> tails) {
        if (list.size() <= headSize) {
            return list.encode();
        }
        list.sortByImpact();
        int tail = tails.size();
        PostingList rest = list.slice(headSize, list.size());
        List<Object> entry = List.of(list.slice(0, headSize).encode(), list.size(), tail, rest.freq(0), rest.norm(0));
        tails.add(rest.encode());
        return entry;
    }

    /**
     * What dictionary.js holds: the dictionary deflated itself, since it loads with a cold first query, as
     * {@code [bytes, base64]}.
     */
    public static List<Object> dictionaryData(PresetDictionary dictionary) {
        return new TextPacker(PresetDictionary.NONE).pack(dictionary.text());
    }

    private static void script(BiConsumer<String, byte[]> out, String path, String name, Object data) {
        out.accept(path, ("adal.searchData(\"" + name + "\"," + Json.of(data) + ");\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * For each term, its entry in each field ("" where the field lacks it), with the tails added to {@code tails}.
     * The fields are read on every core; their tails are numbered field after field, so the numbers do not depend
     * on which finished first.
     */
    private Map<String, List<Object>> entriesByTerm(List<String> tails) {
        List<FieldEntries> fields = IntStream.range(0, FIELDS.size()).parallel().mapToObj(this::fieldEntries).toList();
        Map<String, List<Object>> byTerm = new TreeMap<>();
        for (int f = 0; f < fields.size(); f++) {
            int field = f;
            int offset = tails.size();
            fields.get(f).entries().forEach((term, entry) -> byTerm
                    .computeIfAbsent(term, k -> new ArrayList<>(List.of("", "", "", "")))
                    .set(field, entry instanceof List<?> split ? withTailOffset(split, offset) : entry));
            tails.addAll(fields.get(f).tails());
        }
        return byTerm;
    }

    /** One field's entries by term, with its tails numbered from 0. */
    private record FieldEntries(Map<String, Object> entries, List<String> tails) {
    }

    /**
     * The entries of one field. Each term's postings are encoded as soon as they are read, so a large index never
     * holds them all as numbers.
     */
    private FieldEntries fieldEntries(int f) {
        String field = FIELDS.get(f);
        FieldEntries result = new FieldEntries(new TreeMap<>(), new ArrayList<>());
        try {
            LeafReader leaf = index.leaf();
            Terms terms = leaf.terms(field);
            if (terms == null) {
                return result;
            }
            CollectionStatistics stats = new IndexSearcher(index.reader()).collectionStatistics(field);
            double averageLength = (double) stats.sumTotalTermFreq() / stats.docCount();
            TermsEnum e = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                postings = e.postings(postings, PostingsEnum.FREQS);
                NumericDocValues norms = leaf.getNormValues(field);
                PostingList list = new PostingList(e.docFreq(), averageLength);
                for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    norms.advanceExact(doc);
                    list.add(doc, postings.freq(), (int) (norms.longValue() & 0xFF));
                }
                result.entries().put(t.utf8ToString(), entry(list, result.tails()));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A split entry whose tail number is counted from {@code offset}. */
    private static List<Object> withTailOffset(List<?> split, int offset) {
        List<Object> entry = new ArrayList<>(split);
        entry.set(2, (Integer) split.get(2) + offset);
        return List.copyOf(entry);
    }

    /**
     * The file of glossary entry {@code e}: its members in the folded chain, which only a query that triggers it
     * needs (the stemmed members are in meta.js, to tell which queries do), its members as written, which the results
     * name, and the entries of its terms, stemmed and folded. The terms stay in their shards too, where a query that
     * types one finds it with its typos and completions.
     */
    private Map<String, Object> glossaryFile(int e, Map<String, List<Object>> entries) {
        GlossaryTerms glossary = planner.glossary();
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("folded", glossary.folded().get(e));
        file.put("foldedPhrases", glossary.foldedPhrases().get(e));
        file.put("written", glossary.written().get(e));
        Map<String, List<Object>> terms = new TreeMap<>();
        Consumer<String> add = term -> {
            if (entries.containsKey(term)) {
                terms.put(term, entries.get(term));
            }
        };
        glossary.stemmed().get(e).forEach(member -> member.forEach(add));
        glossary.folded().get(e).forEach(member -> member.forEach(add));
        glossary.stemmedPhrases().get(e).forEach(add);
        glossary.foldedPhrases().get(e).forEach(add);
        file.put("terms", terms);
        return file;
    }

    /** About how many bytes the heads of the number terms, or of the word terms, take: what sizes the shards. */
    private static int headBytes(Map<String, List<Object>> entries, boolean numbers) {
        return entries.entrySet().stream().filter(e -> QueryPlanner.hasDigit(e.getKey()) == numbers)
                .mapToInt(e -> headBytes(e.getValue())).sum();
    }

    private static int headBytes(List<Object> entry) {
        int bytes = 0;
        for (Object field : entry) {
            bytes += field instanceof String head ? head.length() : ((String) ((List<?>) field).get(0)).length();
        }
        return bytes;
    }

    /** Each document's type and year, loaded only when results are filtered. */
    private static Map<String, Object> facets(List<SearchDocument> documents) {
        List<String> types = List.of(SearchDocument.CONCEPT, SearchDocument.PROTOCOL);
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("types", types);
        facets.put("type", documents.stream().map(d -> types.indexOf(d.type())).toList());
        facets.put("year", documents.stream().map(SearchDocument::year).toList());
        return facets;
    }

    /** What a result shows, as its file holds it before packing. */
    static Map<String, Object> documentData(SearchDocument d) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("url", d.url());
        data.put("title", d.shownTitle());
        data.put("breadcrumb", d.breadcrumb());
        data.put("type", d.type());
        data.put("year", d.year());
        data.put("lang", d.lang());
        // a whole word last, and "…" that says the text goes on, where an excerpt may end
        data.put("text", WholeWords.upTo(d.body(), EXCERPT_SOURCE_CHARS));
        if (hasMore(d)) {
            data.put("more", true);
        }
        return data;
    }

    /** Whether a result's file holds only the start of its text, and {@code search/more/N.js} the rest. */
    private static boolean hasMore(SearchDocument d) {
        return d.body().length() > EXCERPT_SOURCE_CHARS;
    }

    /**
     * The text a result's file leaves out, from where it was cut: the file's text without its closing " …", then
     * this, is the whole text. Loaded only for a result that shows none of the query's words without it.
     */
    static String moreOf(SearchDocument d) {
        return d.body().substring(WholeWords.cut(d.body(), EXCERPT_SOURCE_CHARS));
    }

    /**
     * What meta.js holds: the table of CyrillicBytes, and everything else deflated in it, since every first query
     * loads it whole and its glossary grows with every entry the compliance officer adds (deflated, about a third).
     */
    private Map<String, Object> metaFile(TermShards shards, TextPacker packer) throws IOException {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("cyrillicBytes", CyrillicBytes.LETTERS);
        file.put("packed", packer.pack(Json.of(meta(shards))));
        return file;
    }

    private Map<String, Object> meta(TermShards shards) throws IOException {
        IndexSearcher searcher = new IndexSearcher(index.reader());
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : FIELDS) {
            CollectionStatistics stats = searcher.collectionStatistics(field);
            fields.put(field, stats == null ? List.of(0, 0) : List.of(stats.docCount(), stats.sumTotalTermFreq()));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("docs", index.documents().size());
        meta.put("shards", shards.words());
        meta.put("numberShards", shards.numbers());
        meta.put("fields", FIELDS);
        meta.put("stats", fields);
        meta.put("boosts", Map.of(SearchFields.TITLE, SearchFields.TITLE_BOOST, SearchFields.HEADINGS,
                SearchFields.HEADINGS_BOOST, SearchFields.BODY, SearchFields.BODY_BOOST, SearchFields.FOLDED,
                SearchFields.FOLDED_BOOST));
        meta.put("planner", Map.ofEntries(Map.entry("fuzzy", QueryPlanner.FUZZY),
                Map.entry("prefix", QueryPlanner.PREFIX), Map.entry("afterAWholeWord", QueryPlanner.AFTER_A_WHOLE_WORD),
                Map.entry("synonym", QueryPlanner.SYNONYM),
                Map.entry("fuzzyMinLength", QueryPlanner.FUZZY_MIN_LENGTH),
                Map.entry("prefixMinLength", QueryPlanner.PREFIX_MIN_LENGTH),
                Map.entry("maxFuzzy", QueryPlanner.MAX_FUZZY),
                Map.entry("maxPrefix", QueryPlanner.MAX_PREFIX), Map.entry("minTypedStem", QueryPlanner.MIN_TYPED_STEM),
                Map.entry("roundsAfterTwoLetters", QueryPlanner.ROUNDS_AFTER_TWO_LETTERS),
                Map.entry("twoTypos", QueryPlanner.TWO_TYPOS),
                Map.entry("twoTyposMinLength", QueryPlanner.TWO_TYPOS_MIN_LENGTH)));
        meta.put("letters", Map.of("kazakhOnly", Letters.KAZAKH_ONLY, "lookalikes", new TreeMap<>(Letters.LATIN_LOOKALIKES),
                "kazakhToRussian", new TreeMap<>(Letters.KAZAKH_TO_RUSSIAN),
                "layoutLatin", KeyboardLayout.LATIN, "layoutCyrillic", KeyboardLayout.CYRILLIC,
                "numberRow", KeyboardLayout.KAZAKH_NUMBER_ROW, "transliteration", Transliteration.SPELLINGS,
                "transliterationStart", Transliteration.WORD_START,
                "transliterationSpellings", Transliteration.MAX_SPELLINGS,
                "transliterationWithoutMarks", Transliteration.WITHOUT_MARKS));
        // the folded stemmer's tables are these folded, which the browser does (KazakhStemmer.FOLDED)
        meta.put("stemmerRules", stemmerRules());
        meta.put("stemmer", stemmer(KazakhStemmer.STANDARD));
        meta.put("glossary", planner.glossary().stemmed());
        meta.put("glossaryPhrases", planner.glossary().stemmedPhrases());
        return meta;
    }

    /** The Kazakh stemmer's own tables: its endings and letters, as written. */
    private static Map<String, Object> stemmer(KazakhStemmer s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("suffixes", s.suffixes());
        m.put("vowels", s.vowels());
        m.put("voiceless", s.voiceless());
        m.put("unvoice", new TreeMap<>(s.unvoice()));
        return m;
    }

    /**
     * What both Kazakh stemmers share, once: the lengths and the sets of endings as written, which the browser adds
     * their folded forms to (each set is closed under folding in Java).
     */
    private static Map<String, Object> stemmerRules() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("minStem", KazakhStemmer.MIN_STEM);
        m.put("minStemBeforeLong", KazakhStemmer.MIN_STEM_BEFORE_LONG);
        m.put("minStemBeforeOneLetter", KazakhStemmer.MIN_STEM_BEFORE_ONE_LETTER);
        m.put("passive", written(KazakhStemmer.PASSIVE));
        m.put("beforePassive", written(KazakhStemmer.BEFORE_PASSIVE));
        m.put("pastAfterPassive", written(KazakhStemmer.PAST_AFTER_PASSIVE));
        m.put("nounsLikePassive", written(KazakhStemmer.NOUNS_LIKE_PASSIVE));
        m.put("verbsLikePassive", written(KazakhStemmer.VERBS_LIKE_PASSIVE));
        m.put("passiveYn", written(KazakhStemmer.PASSIVE_YN));
        m.put("passiveYnRoots", written(KazakhStemmer.PASSIVE_YN_ROOTS));
        m.put("possessiveVowel", written(KazakhStemmer.POSSESSIVE_VOWEL));
        m.put("nounsInVowelAndS", written(KazakhStemmer.NOUNS_IN_VOWEL_AND_S));
        m.put("nounsInVowelAndY", written(KazakhStemmer.NOUNS_IN_VOWEL_AND_Y));
        m.put("presentAfterVowel", written(KazakhStemmer.PRESENT_AFTER_VOWEL));
        m.put("pastWe", written(KazakhStemmer.PAST_WE));
        m.put("imperativeThird", written(KazakhStemmer.IMPERATIVE_THIRD));
        m.put("borrowedFinals", KazakhStemmer.BORROWED_FINALS);
        m.put("borrowedNg", KazakhStemmer.BORROWED_NG);
        m.put("adjectiveAfterConsonant", written(KazakhStemmer.ADJECTIVE_AFTER_CONSONANT));
        m.put("participles", written(KazakhStemmer.PARTICIPLES));
        m.put("participleAfterPassive", written(KazakhStemmer.PARTICIPLE_AFTER_PASSIVE));
        m.put("passiveBeforeParticiple", written(KazakhStemmer.PASSIVE_BEFORE_PARTICIPLE));
        m.put("nounsLikeParticiple", written(KazakhStemmer.NOUNS_LIKE_PARTICIPLE));
        m.put("verbsBeforeParticiple", written(KazakhStemmer.VERBS_BEFORE_PARTICIPLE));
        m.put("beforeShortRoot", written(KazakhStemmer.BEFORE_SHORT_ROOT));
        m.put("shortNouns", written(KazakhStemmer.SHORT_NOUNS));
        m.put("shortNounEndings", written(KazakhStemmer.SHORT_NOUN_ENDINGS));
        m.put("verbAfterVowel", written(KazakhStemmer.VERB_AFTER_VOWEL));
        m.put("verbStemVowel", written(KazakhStemmer.VERB_STEM_VOWEL));
        m.put("passiveAfterVowel", written(KazakhStemmer.PASSIVE_AFTER_VOWEL));
        m.put("passiveBeforePast", written(KazakhStemmer.PASSIVE_BEFORE_PAST));
        m.put("nounsLikePassiveBeforePast", written(KazakhStemmer.NOUNS_LIKE_PASSIVE_BEFORE_PAST));
        m.put("rounds", KazakhStemmer.ROUNDS);
        return m;
    }

    /** {@code endings} without the folded form of another of them, which the browser makes again. */
    private static Set<String> written(Set<String> endings) {
        Set<String> out = new TreeSet<>(endings);
        for (String ending : endings) {
            String folded = Letters.fold(ending);
            if (!folded.equals(ending)) {
                out.remove(folded);
            }
        }
        return out;
    }
}
