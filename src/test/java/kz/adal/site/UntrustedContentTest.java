package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content is untrusted: script in Markdown or front matter must never become executable markup. */
class UntrustedContentTest {

    @Test
    void scriptAndEventHandlersDoNotSurvive(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOf("minimal-site", dir).with("xss-protocol.md", "protocols/2024/2024-10-15.md");
        TestSite.Run run = site.build(dir.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());

        for (String page : new String[] {"protocols/2024/2024-10-15.html", "protocols/2024/index.html", "index.html",
                "concept/01-first.html"}) {
            Document doc = Jsoup.parse(dir.resolve("site").resolve(page).toFile(), "UTF-8");
            assertEquals(0, doc.select("script:not([src^=../]):not([src^=assets/])").size(), page + ": inline script");
            assertEquals(0, doc.select("iframe, svg, object, embed").size(), page);
            assertTrue(doc.select("*").stream().allMatch(e -> e.attributes().asList().stream()
                    .noneMatch(a -> a.getKey().startsWith("on") || a.getKey().equals("style"))), page + ": event attribute");
            assertEquals(0, doc.select("a[href^=javascript], [src^=javascript]").size(), page + ": javascript: URL");
        }
        Document protocol = Jsoup.parse(dir.resolve("site/protocols/2024/2024-10-15.html").toFile(), "UTF-8");
        assertTrue(protocol.select("h1").text().contains("<script>alert('title')</script>"), "shown as text, escaped");
        assertTrue(protocol.select(".minutes").text().contains("<script>alert(\"inline\")</script>"));
    }

    /** A photo's description and title are attribute values: markup in them stays text, and no handler is made. */
    @Test
    void aPhotosWordsStayText(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOf("minimal-site", dir)
                .withProtocolShowingItsPhoto()
                .withParagraphAppended("protocols/2024/2024-09-10.md",
                        "![x\" onerror=\"alert(1)](2024-09-10-seminar.png \"t\\\" onload=\\\"alert(2)\")");
        TestSite.Run run = site.build(dir.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());

        Document protocol = Jsoup.parse(dir.resolve("site/protocols/2024/2024-09-10.html").toFile(), "UTF-8");
        Element photo = protocol.selectFirst(".minutes img[alt^=x]");
        assertEquals(List.of("src", "alt", "title"),
                photo.attributes().asList().stream().map(Attribute::getKey).toList());
        assertEquals("x\" onerror=\"alert(1)", photo.attr("alt"));
        assertEquals("t\" onload=\"alert(2)", photo.attr("title"));
    }

    @Test
    void searchResultsShowUntrustedTextAsText(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOf("minimal-site", dir).with("xss-protocol.md", "protocols/2024/2024-10-15.md");
        assertEquals(0, site.build(dir.resolve("site")).exitCode());
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.newPage();
            List<String> dialogs = new ArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.navigate(dir.resolve("site/index.html").toUri().toString());
            page.focus("#adal-q");
            // the record's line of the place, label and value, as the excerpt shows it
            page.keyboard().type("хаттама орын");
            Locator result = page.locator("#adal-results [role=option][href*='2024-10-15.html']");
            result.waitFor();
            assertTrue(result.locator(".search-title").textContent().contains("<script>alert('title')</script>"),
                    "the title is shown as text");
            assertEquals("хаттама", result.locator(".search-title mark").textContent(), "only its matched word marked up");
            assertTrue(result.locator(".search-excerpt").textContent().contains("<img src=x onerror=alert('place')>"),
                    "the excerpt is shown as text");
            assertEquals(1, result.locator(".search-excerpt mark").count(), "only the matched word is marked up");
            assertEquals(0, page.locator("#adal-results script, #adal-results img, #adal-results svg, #adal-results iframe")
                    .count());
            page.waitForTimeout(200);
            assertEquals(List.of(), dialogs, "no script from the content ran");
        }
    }

    @Test
    void aRussianProtocolCarriesItsLanguage(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOf("minimal-site", dir).with("russian-protocol.md", "protocols/2024/2024-11-20.md");
        assertEquals(0, site.build(dir.resolve("site")).exitCode());
        Document doc = Jsoup.parse(dir.resolve("site/protocols/2024/2024-11-20.html").toFile(), "UTF-8");
        assertEquals("ru", doc.selectFirst("html").attr("lang"));
        assertTrue(doc.select("dl.record").text().contains("20 ноября 2024"), doc.select("dl.record").text());
        Document year = Jsoup.parse(dir.resolve("site/protocols/2024/index.html").toFile(), "UTF-8");
        assertEquals(1, year.select(".protocol-list a[href='2024-11-20.html']").size(), "listed with the others");
        assertEquals(1, year.select(".protocol-list a[href='2024-08-12.html']").size());
        assertEquals("ru", year.selectFirst(".protocol-list span[lang=ru]").attr("lang"));
    }
}
