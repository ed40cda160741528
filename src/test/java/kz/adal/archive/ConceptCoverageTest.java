package kz.adal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.adal.markdown.Heading;
import kz.adal.site.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage page: what each month's protocol presented, who signed it, and the concept sections not presented yet. */
class ConceptCoverageTest {

    private static ConceptCoverage concept() {
        Map<String, List<Heading>> pages = new LinkedHashMap<>();
        pages.put("concept/02.html", List.of(new Heading(1, "s2", "2", 1), new Heading(2, "s2-1", "2.1", 3),
                new Heading(3, "s2-1-b1", "block", 5), new Heading(2, "s2-2", "2.2", 7)));
        pages.put("concept/03.html", List.of(new Heading(1, "s3", "3", 1)));
        return new ConceptCoverage(pages);
    }

    private static List<String> uncovered(List<String> cited) {
        return concept().uncovered(cited).stream().map(s -> s.heading().id()).toList();
    }

    @Test
    void citingAHeadingCoversEverythingUnderIt() {
        assertEquals(List.of("s3"), uncovered(List.of("s2")));
        assertEquals(List.of("s2", "s2-2", "s3"), uncovered(List.of("s2-1")));
        assertEquals(List.of("s2", "s2-1", "s2-1-b1", "s2-2", "s3"), uncovered(List.of("s6-1-7", "nowhere")));
    }

    /** The minimal site with a second August protocol, which nobody signed, built into {@code dir}/site. */
    private static Path builtWithAnUnsignedProtocol(Path dir) {
        Path site = dir.resolve("site");
        assertEquals(0, TestSite.copyOf("minimal-site", dir)
                .with("consistency/unsigned-second-in-august.md", "protocols/2024/2024-08-26.md").build(site).exitCode());
        return site;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile());
    }

    private static List<Element> rowsOf(Document coverage, String month) {
        return coverage.select("#c2024 ~ .table-scroll tr").stream().filter(tr -> tr.text().startsWith(month)).toList();
    }

    @Test
    void thePageShowsEachMonthsProtocolAndWhatIsNotCoveredYet(@TempDir Path dir) throws Exception {
        Path site = builtWithAnUnsignedProtocol(dir);
        Document page = page(site, "protocols/coverage.html");

        List<Element> august = rowsOf(page, "Тамыз");
        assertEquals(2, august.size(), "a row for each protocol of the month");
        Element signed = august.get(0);
        assertEquals("2024-08-12.html", signed.selectFirst("a").attr("href").replace("2024/", ""));
        assertEquals("12", signed.select("td").get(2).ownText(), "the attendee count");
        assertEquals("Қатысқандар", signed.select("td").get(2).selectFirst(".cell-label").text(), "its label, for a phone");
        assertEquals("Н.Е.Абуов", signed.select("td").get(3).ownText(), "who signed");
        assertEquals(List.of("../concept/01-first.html#s1-1"), signed.select("td").get(4).select("a").eachAttr("href"));
        assertEquals("хаттама жоқ", rowsOf(page, "Қыркүйек").get(0).selectFirst("td").text());

        assertEquals(List.of("../concept/01-first.html#s1", "../concept/02-second.html#s2"),
                page.select("ul.uncovered a").eachAttr("href"));
        assertEquals("coverage.html", page(site, "protocols/index.html").selectFirst(".coverage-link a").attr("href"));
    }

    /** Auditors check who signed: a protocol nobody signed is marked wherever they look for it. */
    @Test
    void aProtocolNobodySignedIsMarkedWhereAuditorsLook(@TempDir Path dir) throws Exception {
        Path site = builtWithAnUnsignedProtocol(dir);
        Element unsigned = rowsOf(page(site, "protocols/coverage.html"), "Тамыз").get(1).select("td").get(3);
        assertEquals("қол қойылмаған", unsigned.ownText(), "on the coverage page");
        assertEquals("unsigned", unsigned.className(), "marked as a missing month is");
        assertEquals("Ешкім қол қоймаған хаттамалар: 1.", page(site, "index.html").selectFirst("section.audit .unsigned").text(),
                "counted on the home page, beside the missing months");
        assertEquals("Хаттамаға қол қойылмаған.", page(site, "protocols/2024/2024-08-26.html").selectFirst("p.unsigned").text(),
                "on its own page, where the signatures would be");
        for (String archive : List.of("protocols/2024/index.html", "protocols/index.html")) {
            // the archive's page shows every year, the latest first; the year's page its own
            Document archivePage = page(site, archive);
            Element year = archivePage.selectFirst("section:has(#y2024)");
            Element grid = (year == null ? archivePage : year).select("li.month").get(7);
            assertEquals(List.of("қол қойылмаған"), grid.select(".month-unsigned").eachText(),
                    archive + ": of August's two protocols, the one nobody signed is marked in the grid");
            assertEquals("қол қойылмаған", grid.select("a").get(1).nextElementSibling().text(), "after its own date");
        }
    }
}
