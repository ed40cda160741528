package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.adal.render.Alphabet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the real content/ and checks the published site as a reader and an auditor would. */
class RealContentBuildTest {

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = RealSite.folder();
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyConceptSectionAndCitedItemHasItsId() throws IOException {
        List<String> expected = new ArrayList<>(List.of("s1", "s2", "s2-1", "s3", "s4", "s5", "s6", "s6-1", "s6-2"));
        for (int i = 1; i <= 5; i++) {
            expected.add("s2-1-b" + i);
            expected.add("s6-2-" + i);
        }
        for (int i = 1; i <= 8; i++) {
            expected.add("s3-t" + i);
        }
        for (int i = 1; i <= 10; i++) {
            expected.add("s5-p" + i);
        }
        for (int i = 1; i <= 6; i++) {
            expected.add("s5-t" + i);
            expected.add("task-" + i);
        }
        for (int i = 1; i <= 9; i++) {
            expected.add("s6-1-" + i);
        }
        List<String> found = new ArrayList<>();
        List<String> linked = new ArrayList<>();
        try (Stream<Path> pages = Files.list(site.resolve("concept"))) {
            for (Path p : pages.filter(p -> !p.endsWith("print.html")).toList()) {
                Document page = Jsoup.parse(p.toFile(), "UTF-8");
                page.select("article [id]").forEach(e -> found.add(e.id()));
                page.select("article a.permalink").forEach(a -> linked.add(a.attr("href").substring(1)));
            }
        }
        assertTrue(linked.containsAll(expected), "every cited id links to itself, to copy its address: missing "
                + expected.stream().filter(e -> !linked.contains(e)).toList());
        assertTrue(found.containsAll(expected), "missing: " + expected.stream().filter(e -> !found.contains(e)).toList());
        assertEquals(found.size(), found.stream().distinct().count(), "ids are unique across the concept's pages");

        List<String> printed = page("concept/print.html").select("article [id]").eachAttr("id");
        assertEquals(found.stream().sorted().toList(), printed.stream().sorted().toList(),
                "the print page holds every id of the concept, once");
    }

    @Test
    void conceptTextKeepsTheSeedsSpelling() throws IOException {
        String text = page("concept/02-current-situation.html").text();
        assertTrue(text.contains("Занының қабылдануына орай"), "look-alike letters are kept as written");
        assertTrue(text.contains("Каржылық бақылау шаралары жетілдірілді"));
        assertTrue(page("concept/03-international-experience.html").text().contains("азamatтық қоғамды тарту"));
        Element task3 = page("concept/05-principles-and-approaches.html").getElementById("task-3");
        assertNotNull(task3);
        assertTrue(task3.text().startsWith("3-міндет."), task3.text());
    }

    @Test
    void protocolPageShowsItsRecord() throws IOException {
        Document doc = page("protocols/2024/2024-08-12.html");
        String record = doc.select("dl.record").text();
        assertTrue(record.contains("12 тамыз 2024"), record);
        assertTrue(record.contains("16:00"), record);
        assertTrue(record.contains("Акт залы"), record);
        assertTrue(record.contains("И.А.Анафияов"), record);
        assertEquals("kk", doc.selectFirst("html").attr("lang"));
        assertTrue(doc.select(".signatures").text().contains("Директордың м.а."));
        assertTrue(doc.select(".signatures").text().contains("Н.Е.Абуов"));
        assertTrue(doc.select(".signatures").text().contains("87782741545"));
        assertTrue(doc.select(".minutes a[href='../../concept/02-current-situation.html#s2-1']").size() == 1,
                "the Markdown link to the source file became a site link");
    }

    @Test
    void everyInternalLinkResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") && !f.endsWith("404.html")).toList()) {
                for (Element a : Jsoup.parse(file.toFile(), "UTF-8").select("a[href], link[href]")) {
                    String href = a.attr("href");
                    String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
                    // the page a link opens, whatever it asks of it (the glossary's terms open the search page with ?q=)
                    String path = href.replaceFirst("[?#].*", "");
                    Path target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                    if (!Files.isRegularFile(target)) {
                        broken.add(site.relativize(file) + " -> " + href);
                    } else if (!fragment.isEmpty() && Jsoup.parse(target.toFile(), "UTF-8").getElementById(fragment) == null) {
                        broken.add(site.relativize(file) + " -> " + href + " (anchor)");
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void conceptSectionsListTheProtocolsThatCiteThem() throws IOException {
        Element backlinks = page("concept/02-current-situation.html").selectFirst("section.backlinks");
        assertNotNull(backlinks);
        assertEquals(1, backlinks.select("a[href='../protocols/2024/2024-08-12.html']").size(), backlinks.html());
        assertTrue(backlinks.text().contains("12 тамыз 2024"));
        assertTrue(backlinks.select("a[href='#s2-1']").size() == 1, "the cited anchor is listed");
        assertEquals("(2-бөлім, 2.1)", backlinks.selectFirst(".cited").text(), "named as the concept numbers them");
    }

    @Test
    void archiveGridMarksRecordedAndMissingMonths() throws IOException {
        List<Element> months = page("protocols/2024/index.html").select(".month-grid li");
        assertEquals(12, months.size());
        assertTrue(months.get(6).hasClass("not-due"), "July 2024 is before the first protocol");
        assertTrue(months.get(7).hasClass("recorded"));
        assertEquals(1, months.get(7).select("a[href='2024-08-12.html']").size());
        for (int m = 8; m < 11; m++) {
            assertTrue(months.get(m).hasClass("missing"), "month " + (m + 1) + " is due and has no protocol");
            assertEquals("хаттама жоқ", months.get(m).selectFirst(".month-status").text(),
                    "missing is said in words, not colour alone");
        }
        // built on 31 December 2024: its month is not over
        assertTrue(months.get(11).hasClass("in-progress"), months.get(11).className());
        assertEquals("әзірге хаттама жоқ", months.get(11).selectFirst(".month-status").text());
        assertFalse(Files.exists(site.resolve("protocols/2025/index.html")), "no year after the build date");
    }

    /** An auditor's first look: how many due months have no protocol, and the ways to the coverage and the register. */
    @Test
    void theHomePageCountsTheMonthsWithoutAProtocolForAuditors() throws IOException {
        Element audit = page("index.html").selectFirst("section.audit");
        assertNotNull(audit);
        assertTrue(audit.text().contains("Алғашқы хаттамадан бері хаттамасы жоқ айлар: 3."),
                "September to November 2024; the build's December is not over: " + audit.text());
        assertEquals(List.of("protocols/index.html", "protocols/coverage.html", "protocols/register.xlsx",
                "protocols/register.csv", "protocols/register.json"),
                audit.select("a").eachAttr("href"), "the count leads to the archive, whose grids mark those months");
        assertNull(audit.selectFirst(".unsigned"), "the one protocol is signed: no count of unsigned ones");
    }

    /** A browser's tabs, bookmarks and history show a title's start: every month's protocol has the same title. */
    @Test
    void aTabNamesThePageOnceAndAProtocolsTabItsDate() throws IOException {
        String siteTitle = "Адал — сыбайлас жемқорлыққа қарсы комплаенс";
        assertEquals(siteTitle, page("index.html").title(), "the home page is the site: named once");
        assertEquals("Хаттамалар мұрағаты — " + siteTitle, page("protocols/index.html").title());
        String protocol = page("protocols/2024/2024-08-12.html").title();
        assertTrue(protocol.startsWith("12 тамыз 2024 ж. — «СКО әкімдігінің ДСБ» КММ"), protocol);
        assertTrue(protocol.endsWith("хаттамасы — " + siteTitle), protocol);
    }

    /** A reader looks a term up as in a dictionary: by its letter, in the Kazakh alphabet's order. */
    @Test
    void theGlossaryListsItsTermsByLetterInTheKazakhAlphabetsOrder() throws IOException {
        Document glossary = page("glossary.html");
        List<String> letters = glossary.select("nav.letters a").eachText();
        assertEquals(glossary.select("table.glossary tr.letter th").eachText(), letters);
        assertEquals(List.of("А", "Ә", "Б"), letters.subList(0, 3), "ә right after а, as the Kazakh alphabet has it");
        for (var link : glossary.select("nav.letters a")) {
            assertNotNull(glossary.getElementById(link.attr("href").substring(1)), link.outerHtml());
        }
        List<String> headwords = glossary.select("table.glossary tr.entry td[lang=kk] a:first-of-type").eachText();
        long entries = Files.readAllLines(Path.of("content/glossary.yml")).stream().filter(l -> l.startsWith("- kk:")).count();
        assertEquals(entries, headwords.size(), "every entry of content/glossary.yml");
        assertEquals(headwords.stream().sorted(Alphabet.of("kk")).toList(), headwords);
        for (var group : glossary.select("table.glossary tbody")) {
            String letter = group.selectFirst("tr.letter th").text();
            group.select("tr.entry td[lang=kk] a:first-of-type").eachText()
                    .forEach(word -> assertEquals(letter, Alphabet.initial(word), word));
        }
    }

    @Test
    void linksToFoldersNameTheirIndexSoFileUrlsWork() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                for (Element a : Jsoup.parse(file.toFile(), "UTF-8").select("a[href]")) {
                    String href = a.attr("href");
                    assertFalse(href.endsWith("/") || href.isEmpty(), file + " links to a folder: " + href);
                    assertFalse(href.startsWith("http:") || href.startsWith("https:"), file + " has an external link");
                }
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element e : doc.select("[src], link[href]")) {
                    String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                    assertFalse(ref.contains("//"), file + " loads an external resource: " + ref);
                }
            }
        }
    }
}
