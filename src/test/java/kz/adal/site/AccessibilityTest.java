package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page type passes axe-core (installed from the npm registry by the build) at WCAG 2.1 A and AA in Chromium,
 * starts with a skip link that moves the keyboard to the main content, has its landmarks, and is usable by
 * keyboard alone: Tab reaches every link and control, with the focus visible.
 */
class AccessibilityTest {
    static final Path AXE = Path.of("target/npm/node_modules/axe-core/axe.min.js");
    @TempDir
    static Path dir;
    static Chromium chromium;
    static StaticServer server;

    @BeforeAll
    static void setUp() throws Exception {
        assertTrue(Files.isRegularFile(AXE), AXE + " is missing: 'mvn verify' installs it with npm (see pom.xml)");
        Path site = dir.resolve("site");
        TestSite.realContent().run(site);
        Path fixture = dir.resolve("fixture");
        TestSite.copyOf("minimal-site", dir).with("russian-protocol.md", "protocols/2024/2024-11-20.md").build(fixture);
        TestSite.copyTree(fixture.resolve("protocols/2024"), site.resolve("fixture-protocols"));
        Path wide = dir.resolve("wide-table");
        TestSite.copyOf("minimal-site", wide).with("protocol-with-wide-table.md", "protocols/2024/2024-08-12.md")
                .build(wide.resolve("site"));
        TestSite.copyTree(wide.resolve("site/protocols/2024"), site.resolve("fixture-wide-table"));
        // built in mid-2025, the coverage page has a table for 2025 with no protocol, so no link, in it
        Path later = dir.resolve("mid-2025");
        new Build(Path.of("content"), TestSite.THEME, new BuildClock(Instant.parse("2025-06-30T10:00:00Z"))).run(later);
        Files.copy(later.resolve("protocols/coverage.html"), site.resolve("protocols/coverage-mid-2025.html"));
        chromium = new Chromium();
        server = new StaticServer(site, "/");
    }

    @AfterAll
    static void tearDown() {
        server.close();
        chromium.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "concept/index.html", "concept/05-principles-and-approaches.html",
        "concept/print.html", "protocols/2024/2024-08-12.html", "fixture-protocols/2024-11-20.html",
        "protocols/index.html", "protocols/2024/index.html", "protocols/coverage.html", "glossary.html",
        "search/index.html?q=жемқорлық", "search/index.html?q=zzzz", "404.html"})
    void passesAxeAtWcag21AaAndHasASkipLinkAndLandmarks(String path) {
        Page page = chromium.newPage();
        page.navigate(server.url() + path);
        page.waitForLoadState();
        if (path.startsWith("search/")) {
            page.waitForFunction("() => document.getElementById('search-page-summary').textContent.length > 0");
        }
        assertEquals(List.of(), violations(page), path);

        for (String landmark : List.of("body > header", "header nav", "body > main", "body > footer")) {
            assertTrue(page.locator(landmark).count() > 0, path + " has the landmark " + landmark);
        }
        page.keyboard().press("Tab");
        assertEquals("skip-link", page.evaluate("() => document.activeElement.className"), path);
        page.keyboard().press("Enter");
        // the key's navigation may land after press() returns, on a busy machine
        page.waitForFunction("() => location.hash === '#main'", null, new Page.WaitForFunctionOptions().setTimeout(5000));
        assertTrue(page.url().endsWith("#main"), page.url());
        page.keyboard().press("Tab");
        assertTrue((Boolean) page.evaluate("() => document.getElementById('main').contains(document.activeElement)"),
                "after the skip link, Tab goes on inside the main content: " + path);
        page.close();
    }

    /** What axe-core finds on the page at WCAG 2.1 A and AA: each rule broken, with the elements that break it. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> violations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
        return (List<Map<String, Object>>) page.evaluate("() => axe.run(document, "
                + "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))})))");
    }

    /**
     * On a phone a wide table scrolls sideways in its box, which a keyboard must reach to scroll: axe's
     * scrollable-region-focusable found a protocol's table (and the coverage page's, when it scrolled) out of reach.
     */
    @Test
    void passesAxeOnAPhoneScreenWhereATableScrolls() {
        Page page = phonePage("fixture-wide-table/2024-08-12.html");
        assertTrue((Boolean) page.evaluate("() => Array.from(document.querySelectorAll('.table-scroll'))"
                + ".some(box => box.scrollWidth > box.clientWidth)"), "a table scrolls in its box");
        assertEquals(List.of(), violations(page));
        page.close();
    }

    /**
     * On a phone the coverage page shows each month as a labelled block (in tables with no link in some), and the
     * glossary each entry.
     */
    @ParameterizedTest
    @ValueSource(strings = {"protocols/coverage-mid-2025.html", "glossary.html"})
    void passesAxeOnAPhoneScreenWhereATableIsStacked(String path) {
        Page page = phonePage(path);
        assertTrue(page.locator("table .cell-label").first().isVisible(), path + ": the cells carry their labels");
        assertEquals(List.of(), violations(page), path);
        page.close();
    }

    /**
     * On a phone a protocol's date shows on the first screen: its long title, in the breadcrumbs and again as the
     * heading at full size, pushed the record below it (its top at 1,184 px of 740, its date further down).
     */
    @Test
    void aProtocolsDateShowsOnAPhonesFirstScreen() {
        Page page = phonePage("protocols/2024/2024-08-12.html");
        double bottom = ((Number) page.evaluate("() => document.querySelector('dl.record dd').getBoundingClientRect()"
                + ".bottom")).doubleValue();
        assertTrue(bottom < 740, "the date ends at " + bottom + " px");
        assertTrue(page.locator(".breadcrumbs a").last().isVisible(), "the breadcrumbs still lead to the year");
        assertTrue(page.locator(".site-footer").textContent().contains("ШЖҚ КМК"), "the footer names the organisation");
        page.close();
    }

    private static Page phonePage(String path) {
        Page page = chromium.newPage();
        page.setViewportSize(320, 740);
        page.navigate(server.url() + path);
        page.waitForLoadState();
        return page;
    }

    /**
     * How many stops Tab must make: every visible link and control, a group of radio buttons once (its checked one;
     * arrow keys move within it).
     */
    private static final String FOCUSABLE = "() => Array.from(document.querySelectorAll('a[href], button, input, select,"
            + " textarea, [tabindex]:not([tabindex=\"-1\"])')).filter(e => !e.disabled && e.getClientRects().length > 0"
            + " && getComputedStyle(e).visibility !== 'hidden' && !(e.type === 'radio' && !e.checked)).length";

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "concept/02-current-situation.html", "protocols/2024/2024-08-12.html",
        "protocols/2024/index.html", "protocols/coverage.html", "search/index.html?q=жемқорлық"})
    void tabReachesEveryLinkAndControlAndShowsWhereFocusIs(String path) {
        Page page = chromium.newPage();
        page.navigate(server.url() + path);
        page.waitForLoadState();
        if (path.startsWith("search/")) {
            page.waitForFunction("() => document.querySelectorAll('#search-page-results a').length > 0");
        }
        int focusable = ((Number) page.evaluate(FOCUSABLE)).intValue();
        Set<Object> reached = new HashSet<>();
        for (int i = 0; i < focusable + 5; i++) {
            page.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            Map<String, Object> focused = (Map<String, Object>) page.evaluate("() => { const e = document.activeElement;"
                    + " if (!e || e === document.body) return null; if (!e.dataset.tabIndexSeen) e.dataset.tabIndexSeen ="
                    + " String(document.querySelectorAll('[data-tab-index-seen]').length); const s = getComputedStyle(e);"
                    + " return {id: e.dataset.tabIndexSeen, ring: s.outlineStyle !== 'none' && s.outlineWidth !== '0px'"
                    + " || s.boxShadow !== 'none', what: e.outerHTML.slice(0, 80)}; }");
            if (focused != null) {
                assertTrue((Boolean) focused.get("ring"), path + ": focus is not visible on " + focused.get("what"));
                reached.add(focused.get("id"));
            }
        }
        assertEquals(focusable, reached.size(), path + ": Tab reaches every visible link and control");
        page.close();
    }
}
