package kz.adal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kz.adal.corpus.CorpusGenerator;
import kz.adal.site.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Atom feed of protocols and the sitemap: every protocol and page, with links that resolve. */
class ProtocolFeedTest {
    @TempDir
    Path dir;

    private Path build(String siteUrl) throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir).with("russian-protocol.md", "protocols/2024/2024-11-20.md");
        if (siteUrl != null) {
            Files.writeString(content.content().resolve("site.yml"), "site_url: " + siteUrl + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
        }
        Path site = dir.resolve("site");
        TestSite.Run run = content.build(site);
        assertEquals(0, run.exitCode(), run.err());
        return site;
    }

    private static Document xml(Path file) throws Exception {
        return Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
    }

    @Test
    void listsEveryProtocolNewestFirstWithLinksThatResolveFromTheFeed() throws Exception {
        Path site = build(null);
        Document feed = xml(site.resolve(ProtocolFeed.PATH));
        assertEquals("http://www.w3.org/2005/Atom", feed.selectFirst("feed").attr("xmlns"));
        List<Element> entries = feed.select("entry");
        assertEquals(2, entries.size());
        assertTrue(entries.get(0).selectFirst("title").text().startsWith("2024-11-20 — Протокол"));
        assertEquals("2024-11-20T15:30:00+05:00", entries.get(0).selectFirst("updated").text());
        assertEquals("2024-11-20T15:30:00+05:00", feed.selectFirst("feed > updated").text());
        for (Element entry : entries) {
            String href = entry.selectFirst("link[rel=alternate]").attr("href");
            assertTrue(Files.isRegularFile(site.resolve("protocols").resolve(href)), href);
            assertTrue(entry.selectFirst("id").text().matches("urn:uuid:[0-9a-f-]{36}"));
        }
        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        assertEquals("protocols/feed.xml", home.selectFirst("link[type=application/atom+xml]").attr("href"));
    }

    @Test
    void holdsTheLatestTwoYearsOfProtocolsNotTheWholeArchive() throws Exception {
        Path content = dir.resolve("content");
        new CorpusGenerator(Path.of("content"), 3).generate(content, 40);
        Path site = dir.resolve("site");
        TestSite.Run run = TestSite.cli("build", "--content", content.toString(), "--theme", TestSite.THEME.toString(),
                "--output", site.toString());
        assertEquals(0, run.exitCode(), run.err());

        List<String> dates = xml(site.resolve(ProtocolFeed.PATH)).select("entry > title").eachText().stream()
                .map(title -> title.substring(0, 10)).toList();
        List<String> newestDates;
        try (Stream<Path> files = Files.walk(content.resolve("protocols"))) {
            newestDates = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, 10)).sorted(Comparator.reverseOrder()).limit(ProtocolFeed.ENTRIES).toList();
        }
        assertEquals(24, dates.size());
        assertEquals(newestDates, dates);
    }

    @Test
    void withSiteUrlTheFeedAndSitemapUseAbsoluteAddresses() throws Exception {
        Path site = build("http://intranet.example/adal/");
        Document feed = xml(site.resolve(ProtocolFeed.PATH));
        assertEquals("http://intranet.example/adal/protocols/feed.xml", feed.selectFirst("link[rel=self]").attr("href"));
        assertEquals("http://intranet.example/adal/protocols/2024/2024-11-20.html",
                feed.selectFirst("entry link").attr("href"));

        List<String> locations = xml(site.resolve("sitemap.xml")).select("url > loc").eachText();
        assertTrue(locations.contains("http://intranet.example/adal/protocols/2024/2024-08-12.html"), locations.toString());
        assertTrue(locations.stream().allMatch(l -> l.startsWith("http://intranet.example/adal/")));
    }

    @Test
    void theSitemapListsEveryPageButTheErrorAndSearchPages() throws Exception {
        Path site = build(null);
        List<String> locations = xml(site.resolve("sitemap.xml")).select("url > loc").eachText();
        assertTrue(locations.containsAll(List.of("index.html", "concept/index.html", "concept/01-first.html",
                "protocols/index.html", "protocols/2024/index.html", "protocols/2024/2024-08-12.html",
                "protocols/2024/2024-11-20.html", "glossary.html")), locations.toString());
        assertTrue(!locations.contains("404.html") && !locations.contains("search/index.html"), locations.toString());
        locations.forEach(l -> assertTrue(Files.isRegularFile(site.resolve(l)), l));
    }

    @Test
    void aSiteUrlThatIsNotAnAddressIsAContentError() throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir);
        Files.writeString(content.content().resolve("site.yml"), "site_url: intranet/adal\n", java.nio.file.StandardOpenOption.APPEND);
        TestSite.Run run = content.build(dir.resolve("site"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("site.yml:6: site_url 'intranet/adal' is not an http(s) address ending in '/'"), run.err());
    }
}
