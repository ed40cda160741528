package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kz.adal.search.analysis.AdalAnalyzer;
import kz.adal.search.analysis.Analysis;
import kz.adal.site.Build;
import kz.adal.site.Chromium;
import kz.adal.site.StaticServer;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The browser's analysis and ranking equal Lucene's, run in Chromium on the real content. */
class SearchParityTest {
    @TempDir
    static Path dir;
    static Chromium chromium;
    static StaticServer server;
    static Page page;
    static SearchIndex index;
    static Searcher searcher;

    @BeforeAll
    static void setUp() throws Exception {
        Path site = dir.resolve("site");
        Build build = new Build(Path.of("content"), TestSite.THEME, TestSite.END_OF_2024);
        build.run(site);
        index = build.searchIndex();
        searcher = new Searcher(index, build.glossary());
        chromium = new Chromium();
        server = new StaticServer(site, "/");
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
    }

    /** Every distinct token of the content, as written, and every form of the test word list. */
    static List<String> words() throws Exception {
        TreeSet<String> words = new TreeSet<>();
        AdalAnalyzer plain = new AdalAnalyzer(AdalAnalyzer.Chain.PLAIN);
        for (SearchDocument d : index.documents()) {
            words.addAll(Analysis.terms(plain, d.title() + " " + d.headings() + " " + d.body()));
        }
        for (String line : Files.readAllLines(Path.of("src/test/resources/search/kazakh-forms.tsv"))) {
            if (!line.startsWith("#")) {
                words.add(line.split("\t")[0]);
            }
        }
        words.addAll(List.of("Заңның", "Занның", "жемкорлыкка", "азamatтық", "UNI-PASS", "e-Өтініш", "взятками",
                "коррупции", "конфликт интересов", "ещё", "İstanbul", "сыйбайлас", "-бизнес-", "стратегий"));
        return new ArrayList<>(words);
    }

    @ParameterizedTest
    @EnumSource(AdalAnalyzer.Chain.class)
    void theBrowserAnalysesEveryWordAsLuceneDoes(AdalAnalyzer.Chain chain) throws Exception {
        List<String> words = words();
        AdalAnalyzer analyzer = new AdalAnalyzer(chain);
        List<String> expected = words.stream().map(w -> String.join(" ", Analysis.terms(analyzer, w))).toList();
        @SuppressWarnings("unchecked")
        List<String> actual = (List<String>) page.evaluate("([lines, chain]) => adal.analyze(lines, chain)",
                List.of(words, chain.name().toLowerCase()));
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                differences.add(words.get(i) + ": java=" + expected.get(i) + " browser=" + actual.get(i));
            }
        }
        assertTrue(words.size() > 1500, "the content has " + words.size() + " distinct words");
        assertEquals(List.of(), differences, differences.size() + " of " + words.size() + " words differ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"жемқорлық", "жемқорлыққа", "сыбайлас жемқорлық", "жемкорлык", "Занның", "сыбайлас",
        "татуласт", "коррупция", "взятка", "конфликт интересов", "мемлекеттік қызмет", "UNI-PASS", "e-Өтініш", "1424",
        "азamatтық қоғам", "Transparency International", "цифрландыру", "ctu", "қаржы бақылау", "судья"})
    void theBrowsersTopTenIsIndexSearchersTopTen(String query) {
        List<SearchHit> java = searcher.search(query, 10, null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> browser = (List<Map<String, Object>>) page.evaluate(
                "q => adal.search(q, {limit: 10}).then(rs => rs.map(r => ({doc: r.doc, score: r.score})))", query);
        List<String> expected = java.stream().map(h -> h.doc() + "@" + h.score()).toList();
        List<String> actual = browser.stream()
                .map(r -> ((Number) r.get("doc")).intValue() + "@" + ((Number) r.get("score")).floatValue()).toList();
        assertEquals(expected, actual, "query: " + query);
    }
}
