package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import kz.adal.site.Build;
import kz.adal.site.BuildClock;
import kz.adal.site.Chromium;
import kz.adal.site.RealSite;
import kz.adal.site.StaticServer;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser reads and ranks as Lucene does, and names the same glossary entries, for queries nobody thought to
 * list: words of the content, one to three, each mistyped at random the ways people mistype (cut short, a letter lost
 * or added, two letters swapped, Russian letters for Kazakh ones, upper case, the wrong layout, Latin letters), and
 * random letters. The seed is fixed, so a failure repeats; ADAL_PARITY_SEED and ADAL_PARITY_QUERIES try others, and
 * more of them; ADAL_PARITY_CONTENT another content folder (a generated corpus, with its Russian protocols), built at
 * the time SOURCE_DATE_EPOCH gives.
 */
class MistypedQueryParityTest {
    private static final int QUERIES = Integer.parseInt(System.getenv().getOrDefault("ADAL_PARITY_QUERIES", "1000"));
    private static final long SEED = Long.parseLong(System.getenv().getOrDefault("ADAL_PARITY_SEED", "20261204"));
    private static final String KAZAKH = "әғқңөұүһі";
    private static final String RUSSIAN_FOR_KAZAKH = "агкноуухи";
    private static final String CYRILLIC = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә";
    /** Each of {@link #CYRILLIC}'s letters as people write it in Latin letters. */
    private static final String[] LATIN = {"a", "b", "v", "g", "ğ", "d", "e", "yo", "j", "z", "i", "i", "k", "q", "l",
        "m", "n", "ñ", "o", "ö", "p", "r", "s", "t", "u", "u", "ü", "f", "h", "h", "ts", "ch", "sh", "shch", "", "y", "i",
        "", "e", "yu", "ya", "ä"};
    private static final String ANY_LETTER = CYRILLIC + "abcdefghijklmnopqrstuvwxyz";
    private static final List<String> READ_ANOTHER_WAY = List.of("Екфтызфкутсн", "ГТШ-ЗФЫЫ", "Сщтекщд", "уПщм", "ctu",
        "cjn", "әқәң", "üş", "bilimd", "berip", "jemqorlyq");
    static Chromium chromium;
    static StaticServer server;
    static Page page;
    static SearchIndex index;
    static Searcher searcher;
    static Path otherSite;

    @BeforeAll
    static void setUp() throws Exception {
        String other = System.getenv("ADAL_PARITY_CONTENT");
        if (other == null) {
            index = TestSite.realContent().searchIndex();
        } else {
            Build build = new Build(Path.of(other), TestSite.THEME, BuildClock.fromEnvironment());
            index = build.searchIndex();
            otherSite = Files.createTempDirectory("adal-parity-site");
            build.run(otherSite.resolve("site"));
        }
        searcher = new Searcher(index);
        chromium = new Chromium();
        server = new StaticServer(other == null ? RealSite.folder() : otherSite.resolve("site"), "/");
        page = chromium.newPage();
        page.navigate(server.url() + "search/index.html");
        page.waitForFunction("() => window.adal && window.adal.analyze");
    }

    @AfterAll
    static void tearDown() throws Exception {
        page.close();
        server.close();
        chromium.close();
        index.close();
        if (otherSite != null) {
            TestSite.deleteTree(otherSite);
        }
    }

    @Test
    void theBrowserAnswersMistypedQueriesAsLuceneDoes() {
        Random random = new Random(SEED);
        List<String> words = new ArrayList<>(contentWords());
        List<String> differing = new ArrayList<>();
        int found = 0;
        int readAnotherWay = 0;
        int withGlossary = 0;
        for (int i = 0; i < QUERIES; i++) {
            StringBuilder query = new StringBuilder();
            for (int w = 1 + random.nextInt(3); w > 0; w--) {
                String word = mistyped(words.get(random.nextInt(words.size())), random);
                // one word in four mistyped twice over: cut short and typed on the wrong layout, say
                if (random.nextInt(4) == 0 && !word.isEmpty()) {
                    word = mistyped(word, random);
                }
                query.append(query.length() == 0 ? "" : " ").append(word);
            }
            // one query in three ends in a space: its last word finished, not one the person is still typing
            if (random.nextInt(3) == 0) {
                query.append(' ');
            }
            Searcher.Answer answer = searcher.answer(query.toString(), 10, null);
            found += answer.hits().isEmpty() ? 0 : 1;
            readAnotherWay += answer.searchedAs().isPresent() ? 1 : 0;
            withGlossary += answer.glossary().isEmpty() ? 0 : 1;
            String lucene = lucene(answer);
            String browser = browser(query.toString());
            if (!lucene.equals(browser)) {
                differing.add(query + "\n  Lucene:  " + lucene + "\n  browser: " + browser);
            }
        }
        assertEquals(List.of(), differing, differing.size() + " of " + QUERIES + " queries");
        // the queries reach what they are made for: most find something, many only when read another way, and some
        // bring in the glossary
        assertTrue(found > QUERIES * 3 / 4, found + " of " + QUERIES + " found something");
        assertTrue(readAnotherWay > QUERIES / 10, readAnotherWay + " of " + QUERIES + " read another way");
        assertTrue(withGlossary > QUERIES / 20, withGlossary + " of " + QUERIES + " brought in a glossary entry");
    }

    private static TreeSet<String> contentWords() {
        TreeSet<String> words = new TreeSet<>();
        for (SearchDocument d : index.documents()) {
            for (String word : (d.title() + " " + d.headings() + " " + d.body()).split("\\s+")) {
                if (!word.isBlank()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static String mistyped(String word, Random random) {
        List<UnaryOperator<String>> ways = List.of(
            w -> w,
            w -> w.length() > 3 ? w.substring(0, 2 + random.nextInt(w.length() - 2)) : w,
            w -> {
                int at = random.nextInt(w.length());
                return w.substring(0, at) + w.substring(at + 1);
            },
            w -> {
                int at = random.nextInt(w.length() + 1);
                return w.substring(0, at) + "аеоықжзxq-1.".charAt(random.nextInt(12)) + w.substring(at);
            },
            w -> {
                if (w.length() < 2) {
                    return w;
                }
                int at = random.nextInt(w.length() - 1);
                return w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
            },
            w -> replaced(w, KAZAKH, letter -> String.valueOf(RUSSIAN_FOR_KAZAKH.charAt(KAZAKH.indexOf(letter)))),
            String::toUpperCase,
            KeyboardLayout::toLatin,
            w -> replaced(w.toLowerCase(), CYRILLIC, letter -> LATIN[CYRILLIC.indexOf(letter)]),
            w -> {
                StringBuilder letters = new StringBuilder();
                for (int n = 2 + random.nextInt(6); n > 0; n--) {
                    letters.append(ANY_LETTER.charAt(random.nextInt(ANY_LETTER.length())));
                }
                return letters.toString();
            },
            w -> READ_ANOTHER_WAY.get(random.nextInt(READ_ANOTHER_WAY.size())));
        return ways.get(random.nextInt(ways.size())).apply(word);
    }

    private static String replaced(String word, String letters, java.util.function.IntFunction<String> by) {
        StringBuilder out = new StringBuilder();
        word.chars().forEach(c -> out.append(letters.indexOf(c) >= 0 ? by.apply(c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** The query as read, the glossary entries it brought in, and the top ten as document@score. */
    private static String lucene(Searcher.Answer answer) {
        return answer.searchedAs().orElse("as typed") + " " + answer.glossary() + " "
                + answer.hits().stream().map(h -> h.doc() + "@" + h.score()).toList();
    }

    private static String browser(String query) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) page.evaluate("q => adal.search(q, {limit: 10}).then(rs =>"
                + " ({searchedAs: rs.searchedAs, glossary: rs.glossary || [],"
                + " hits: rs.map(r => ({doc: r.doc, score: r.score}))}))", query);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hits = (List<Map<String, Object>>) answer.get("hits");
        return (answer.get("searchedAs") == null ? "as typed" : answer.get("searchedAs")) + " " + answer.get("glossary")
                + " " + hits.stream().map(h -> ((Number) h.get("doc")).intValue() + "@" + ((Number) h.get("score")).floatValue())
                .toList();
    }
}
