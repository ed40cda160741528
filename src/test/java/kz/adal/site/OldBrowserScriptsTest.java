package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every script the site ships, the theme's and the search index's the build writes, is ES5: the syntax Internet
 * Explorer 11 and the other old browsers on hospital PCs read. A newer browser runs newer syntax happily, so only a
 * parser set to ES5 (acorn, from the npm registry) tells.
 */
class OldBrowserScriptsTest {
    private static final Path ACORN = Path.of("target/npm/node_modules/acorn/dist/acorn.js");
    private static final String PARSE_AS_ES5 = "([text]) => { try { acorn.parse(text, {ecmaVersion: 5,"
            + " sourceType: 'script'}); return null; } catch (e) { return e.message; } }";
    static Path site;
    static Chromium chromium;
    static Page page;

    @BeforeAll
    static void setUp() throws Exception {
        site = RealSite.folder();
        chromium = new Chromium();
        page = chromium.newPage();
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(ACORN));
    }

    @AfterAll
    static void tearDown() {
        chromium.close();
    }

    private static String es5Error(String script) {
        return (String) page.evaluate(PARSE_AS_ES5, List.of(script));
    }

    @Test
    void theParserRefusesWhatAnOldBrowserCannotRead() {
        assertEquals(null, es5Error("var a = [1, 2].map(function (n) { return n * 2; });"));
        for (String newer : List.of("const a = 1;", "var f = () => 1;", "var s = `text`;", "for (var x of []) {}",
                "var o = {a};", "class A {}")) {
            assertNotNull(es5Error(newer), newer);
        }
    }

    @Test
    void everyScriptOfTheSiteIsEs5() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(site)) {
            scripts = files.filter(f -> f.toString().endsWith(".js")).sorted().toList();
        }
        List<String> names = scripts.stream().map(f -> site.relativize(f).toString().replace('\\', '/')).toList();
        assertTrue(names.containsAll(List.of("assets/search-box.js", "assets/search-page.js", "assets/search/engine.js",
                "assets/search/inflate.js", "assets/search/latin.js", "search/meta.js", "search/dictionary.js",
                "search/terms/0.js", "search/docs/0.js")), names.toString());
        List<String> errors = new ArrayList<>();
        for (Path script : scripts) {
            String error = es5Error(Files.readString(script, StandardCharsets.UTF_8));
            if (error != null) {
                errors.add(site.relativize(script) + ": " + error);
            }
        }
        assertEquals(List.of(), errors);
    }
}
