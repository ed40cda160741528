package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader in Chromium: from the home page to a concept section and to the protocol, over http and file://. */
class BrowserTest {
    @TempDir
    static Path dir;
    static Path site;
    static Chromium chromium;

    @BeforeAll
    static void setUp() throws Exception {
        site = RealSite.folder();
        chromium = new Chromium();
    }

    @AfterAll
    static void tearDown() {
        chromium.close();
    }

    /** A page on a phone's screen, 320 CSS px wide (WCAG's reflow width). */
    private static Page onAPhone(Path file) {
        Page page = chromium.newPage();
        page.setViewportSize(320, 740);
        page.navigate(file.toUri().toString());
        return page;
    }

    /** How far the element {@code selector} names scrolls sideways: 0 when all of it shows. */
    private static int sidewaysScroll(Page page, String selector) {
        return ((Number) page.evaluate("s => { const e = document.querySelector(s); return e.scrollWidth - e.clientWidth; }",
                selector)).intValue();
    }

    private static void readerFollowsLinks(String home, String name) {
        Page page = chromium.newPage();
        page.navigate(home);
        assertTrue(page.title().contains("Адал"), page.title());

        page.click("nav.site-nav >> text=Тұжырымдама");
        page.click(".full-toc >> text=2-бөлім. Ағымдағы ахуалды талдау");
        assertTrue(page.url().endsWith("concept/02-current-situation.html"), page.url());
        assertTrue(page.textContent("article").contains("Қазақстанның сыйбайлас жемқорлыққа қарсы саясаты"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(name + "-concept")).setFullPage(false));

        page.click("section.backlinks a[href$='2024-08-12.html']");
        assertTrue(page.url().endsWith("protocols/2024/2024-08-12.html"), page.url());
        assertTrue(page.textContent("dl.record").contains("Акт залы"));
        assertTrue(page.locator(".signatures").isVisible());
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(name + "-protocol")).setFullPage(true));

        page.click(".minutes a[href$='#task-3']");
        assertTrue(page.url().endsWith("05-principles-and-approaches.html#task-3"), page.url());
        assertTrue(page.locator("#task-3").isVisible());
        page.close();
    }

    /**
     * The concept numbers its own headings (2-бөлім, 2.1., 3-міндет): a table of contents shows each number once,
     * with no list number beside it ("2. 2-бөлім"), and a block without a number gets none it does not have; so does
     * the home page's list of sections.
     */
    @Test
    void aTableOfContentsShowsEachHeadingsOwnNumberOnly() {
        Page page = chromium.newPage();
        for (String path : List.of("index.html", "concept/index.html", "concept/05-principles-and-approaches.html")) {
            page.navigate(site.resolve(path).toUri().toString());
            Object markers = page.evaluate("() => [...document.querySelectorAll('.toc li, ol.plain li')]"
                    + ".map(li => getComputedStyle(li).listStyleType).filter(t => t !== 'none')");
            assertEquals(List.of(), markers, path);
            assertTrue(page.locator(".toc li, ol.plain li").count() >= 6, path);
        }
        page.close();
    }

    @Test
    void overHttpUnderASubPath() throws Exception {
        try (StaticServer server = new StaticServer(site, "/adal/")) {
            readerFollowsLinks(server.url() + "index.html", "http");
            // the site's icon too: without one named, a browser asks the host for /favicon.ico, which no one serves
            assertEquals(List.of(), server.notFound(), "every file the pages asked for is in the site");
        }
    }

    @Test
    void fromAFolderOpenedAsFileUrl() {
        readerFollowsLinks(site.resolve("index.html").toUri().toString(), "file");
    }

    /** A cited item's link to itself shows where the pointer or the keyboard is, and is hidden elsewhere. */
    @Test
    void anItemShowsItsLinkToItselfOnHoverAndFocus() {
        Page page = chromium.newPage();
        page.navigate(site.resolve("concept/06-indicators-and-results.html").toUri().toString());
        String opacity = "getComputedStyle(document.querySelector('#s6-1-7 > .permalink')).opacity";
        assertEquals("0", page.evaluate(opacity));
        page.hover("#s6-1-7");
        assertEquals("1", page.evaluate(opacity));
        page.mouse().move(0, 0);
        page.focus("#s6-1-7 > .permalink");
        assertEquals("1", page.evaluate(opacity));
        page.click("#s6-1-7 > .permalink");
        assertTrue(page.url().endsWith("06-indicators-and-results.html#s6-1-7"), page.url());
        page.close();
    }

    /**
     * On a phone's screen every page fits its width (320 CSS px, where WCAG's reflow criterion asks for it), and a
     * year's grid shows two months a row.
     */
    @Test
    void pagesFitAPhoneScreen() throws Exception {
        Page page = chromium.newPage();
        page.setViewportSize(320, 740);
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.map(f -> site.relativize(f).toString().replace('\\', '/')).filter(f -> f.endsWith(".html"))
                    .sorted().toList();
        }
        assertTrue(pages.size() >= 16, pages.toString());
        for (String path : pages) {
            page.navigate(site.resolve(path).toUri().toString());
            assertEquals(0, sidewaysScroll(page, "html"), path + " is wider than the screen");
        }
        page.navigate(site.resolve("protocols/2024/index.html").toUri().toString());
        Object tops = page.evaluate("Array.prototype.map.call(document.querySelectorAll('.month'),"
                + " function (m) { return Math.round(m.getBoundingClientRect().top); })");
        List<?> top = (List<?>) tops;
        assertEquals(12, top.size());
        assertEquals(top.get(0), top.get(1), "January and February share a row");
        assertTrue(((Number) top.get(2)).intValue() > ((Number) top.get(1)).intValue(), "March starts the next row");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("archive-2024-phone")).setFullPage(true));
        page.close();
    }

    /** A wide table written in a protocol's Markdown scrolls in its own box on a phone, not the whole page. */
    @Test
    void aWideTableInAProtocolScrollsInItsBoxOnAPhone() {
        Path wide = dir.resolve("wide-table");
        TestSite content = TestSite.copyOf("minimal-site", wide)
                .with("protocol-with-wide-table.md", "protocols/2024/2024-08-12.md");
        assertEquals(0, content.build(wide.resolve("site")).exitCode());
        Page page = onAPhone(wide.resolve("site/protocols/2024/2024-08-12.html"));
        assertEquals(0, sidewaysScroll(page, "html"), "the page is wider than the screen");
        assertTrue(sidewaysScroll(page, ".minutes .table-scroll") > 0, "the table is wider than the screen, and its box scrolls");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("protocol-wide-table-phone")).setFullPage(true));
        page.close();
    }

    /**
     * A photo attached to a protocol and shown in its text loads over http and from a folder, and on a phone it is no
     * wider than the screen, however many pixels it has (800 here).
     */
    @Test
    void anAttachedPhotoShowsInItsProtocolOverHttpFromAFolderAndOnAPhone() throws Exception {
        Path photo = dir.resolve("photo");
        TestSite content = TestSite.copyOf("minimal-site", photo).withProtocolShowingItsPhoto();
        assertEquals(0, content.build(photo.resolve("site")).exitCode());
        Page page = onAPhone(photo.resolve("site/protocols/2024/2024-09-10.html"));
        assertEquals(800, shownPhotoWidth(page), "the photo did not load from the folder");
        assertEquals(0, sidewaysScroll(page, "html"), "the page is wider than the screen");
        BoundingBox box = page.locator(".minutes img").boundingBox();
        assertTrue(box.x >= 0 && box.x + box.width <= 320, "the photo is off the screen: " + box.x + "+" + box.width);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("protocol-photo-phone"))
                .setFullPage(true));
        try (StaticServer server = new StaticServer(photo.resolve("site"), "/adal/")) {
            page.navigate(server.url() + "protocols/2024/2024-09-10.html");
            assertEquals(800, shownPhotoWidth(page), "the photo did not load from the web server");
        }
        page.close();
    }

    /** The width in pixels of the photo in the protocol's text as the browser decoded it; 0 when it did not load. */
    private static int shownPhotoWidth(Page page) {
        Locator photo = page.locator(".minutes img[alt='Семинар, акт залы']");
        photo.waitFor();
        return ((Number) photo.evaluate("img => img.complete ? img.naturalWidth : new Promise(done =>"
                + " { img.onload = () => done(img.naturalWidth); img.onerror = () => done(0); })")).intValue();
    }

    /**
     * On a phone the coverage table shows each month as a block, its cells labelled by their column, so what a
     * protocol presented is on the screen (in a table row it was past the screen's edge); a screen reader still
     * reads a table, whose cells are named without the labels.
     */
    @Test
    void theCoverageTableShowsAMonthWholeOnAPhone() {
        Page page = onAPhone(site.resolve("protocols/coverage.html"));
        Locator august = page.locator("table.coverage tr.recorded").first();
        assertTrue(august.textContent().contains("Тамыз"), august.textContent());
        Locator cells = august.locator("td");
        assertEquals(5, cells.count());
        for (int i = 0; i < cells.count(); i++) {
            BoundingBox box = cells.nth(i).boundingBox();
            assertTrue(box.x >= 0 && box.x + box.width <= 320, "cell " + i + " is off the screen: " + box.x + "+" + box.width);
        }
        assertTrue(cells.nth(4).locator(".cell-label").isVisible());
        assertTrue(cells.nth(4).innerText().startsWith("Түсіндірілген бөлімдер"), cells.nth(4).innerText());
        assertTrue(cells.nth(3).innerText().startsWith("Қол қойған") && cells.nth(3).innerText().endsWith("Н.Е.Абуов"),
                "who signed, labelled: " + cells.nth(3).innerText());
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("coverage-phone")).setFullPage(true));

        List<JsonObject> nodes = new ArrayList<>();
        page.context().newCDPSession(page).send("Accessibility.getFullAXTree").getAsJsonArray("nodes")
                .forEach(node -> nodes.add(node.getAsJsonObject()));
        List<String> roles = nodes.stream().filter(node -> node.has("role"))
                .map(node -> node.getAsJsonObject("role").get("value").getAsString()).toList();
        assertTrue(roles.contains("table") && roles.contains("columnheader") && roles.contains("rowheader"), roles.toString());
        List<String> cellNames = nodes.stream()
                .filter(node -> node.has("role") && node.getAsJsonObject("role").get("value").getAsString().equals("cell"))
                .map(node -> node.getAsJsonObject("name").get("value").getAsString()).toList();
        assertTrue(cellNames.contains("И.А.Анафияов"), cellNames.toString());
        assertTrue(cellNames.stream().noneMatch(name -> name.startsWith("Баяндаған")), cellNames.toString());

        page.setViewportSize(1280, 900);
        assertFalse(cells.nth(3).locator(".cell-label").isVisible(), "a wide screen shows the table's own headings");
        page.close();
    }

    /** On a phone the glossary shows each entry's Kazakh terms above their Russian ones, labelled; side by side elsewhere. */
    @Test
    void theGlossaryShowsAnEntryWholeOnAPhone() {
        Page page = onAPhone(site.resolve("glossary.html"));
        assertEquals(0, sidewaysScroll(page, ".table-scroll"), "the glossary's box does not scroll");
        Locator entry = page.locator("table.glossary tbody tr.entry").first();
        BoundingBox kk = entry.locator("td[lang=kk]").boundingBox();
        BoundingBox ru = entry.locator("td[lang=ru]").boundingBox();
        assertTrue(ru.y >= kk.y + kk.height, "the Russian terms are below the Kazakh ones");
        assertTrue(entry.locator("td[lang=ru]").innerText().startsWith("Орысша"), entry.innerText());
        page.setViewportSize(800, 740);
        kk = entry.locator("td[lang=kk]").boundingBox();
        ru = entry.locator("td[lang=ru]").boundingBox();
        assertEquals(kk.y, ru.y, 1.0, "side by side on a wider screen");
        assertFalse(entry.locator(".cell-label").first().isVisible());
        page.close();
    }

    @Test
    void theStylesheetLoadsFromTheSiteItself() {
        Page page = chromium.newPage();
        page.navigate(site.resolve("protocols/2024/index.html").toUri().toString());
        Object border = page.evaluate("getComputedStyle(document.querySelector('.month.missing')).borderTopStyle");
        assertEquals("dashed", border, "missing months are marked by the site's own CSS");
        Object widths = page.evaluate("Array.prototype.map.call(document.querySelectorAll('.month'),"
                + " function (m) { return m.getBoundingClientRect().width; })");
        assertEquals(1, new HashSet<>((List<?>) widths).size(),
                "a missing month's thicker border does not widen its box and skew the grid's columns: " + widths);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("archive-2024")));
        page.close();
    }
}
