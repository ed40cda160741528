package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.adal.site.Build;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A protocol's record is searched as its page labels it: in the site's language, whichever that is. */
class ProtocolRecordSearchTest {

    private static List<String> found(Path content, String query) throws Exception {
        try (SearchIndex index = new Build(content, TestSite.THEME, TestSite.END_OF_2024).searchIndex()) {
            return new Searcher(index).search(query, 10, SearchDocument.PROTOCOL).stream()
                    .map(hit -> hit.document().url()).toList();
        }
    }

    @Test
    void aRussianSiteIndexesTheRecordUnderItsRussianLabels(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOf("minimal-site", dir);
        Path config = site.content().resolve("site.yml");
        Files.writeString(config, Files.readString(config).replace("language: kk", "language: ru"));

        assertEquals(List.of("protocols/2024/2024-08-12.html"), found(site.content(), "секретарь Анафияов"));
        assertEquals(List.of("protocols/2024/2024-08-12.html"), found(site.content(), "подписи"));
        assertEquals(List.of(), found(site.content(), "хатшы"), "the Kazakh labels are not the page's");
    }

    @Test
    void aKazakhSiteIndexesTheRecordUnderItsKazakhLabels(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOf("minimal-site", dir);

        assertEquals(List.of("protocols/2024/2024-08-12.html"), found(site.content(), "хатшы Анафияов"));
        assertEquals(List.of("protocols/2024/2024-08-12.html"), found(site.content(), "қол қойғандар"));
        assertEquals(List.of(), found(site.content(), "секретарь"), "no glossary here, and no Russian label");
    }
}
