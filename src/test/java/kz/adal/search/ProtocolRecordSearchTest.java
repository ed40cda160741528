package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kz.adal.site.Build;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A protocol's record is searched as its page labels it, and its result dated as its page's tab is and placed as its
 * page's breadcrumb places it: in the protocol's language, Kazakh or Russian.
 */
class ProtocolRecordSearchTest {

    private static List<String> found(Path content, String query) throws Exception {
        try (SearchIndex index = new Build(content, TestSite.THEME, TestSite.END_OF_2024).searchIndex()) {
            return new Searcher(index).search(query, 10, SearchDocument.PROTOCOL).stream()
                    .map(hit -> hit.document().url()).toList();
        }
    }

    @Test
    void eachProtocolsRecordIsSearchedUnderTheLabelsOfItsLanguage(@TempDir Path dir) throws Exception {
        // no glossary here: a label's word finds only the protocols whose page shows it
        TestSite site = TestSite.copyOf("minimal-site", dir)
                .with("russian-protocol.md", "protocols/2024/2024-11-20.md");

        assertEquals(List.of("protocols/2024/2024-08-12.html"), found(site.content(), "хатшы"));
        assertEquals(List.of("protocols/2024/2024-08-12.html"), found(site.content(), "қол қойғандар"));
        assertEquals(List.of("protocols/2024/2024-11-20.html"), found(site.content(), "секретарь"));
        assertEquals(List.of("protocols/2024/2024-11-20.html"), found(site.content(), "исполнитель"));
        assertEquals(List.of("protocols/2024/2024-11-20.html"), found(site.content(), "повестка дня"));
    }

    @Test
    void eachProtocolsResultBeginsWithItsDateInItsLanguage(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOf("minimal-site", dir)
                .with("russian-protocol.md", "protocols/2024/2024-11-20.md");
        try (SearchIndex index = new Build(site.content(), TestSite.THEME, TestSite.END_OF_2024).searchIndex()) {
            List<SearchDocument> protocols = index.documents().stream()
                    .filter(d -> d.type().equals(SearchDocument.PROTOCOL)).toList();
            assertEquals(2, protocols.size(), protocols.toString());
            // newest first, as the results of equal score
            assertEquals("20 ноября 2024 г. — Протокол антикоррупционного обучения", protocols.get(0).shownTitle());
            assertTrue(protocols.get(1).shownTitle().startsWith("12 тамыз 2024 ж. — "), protocols.get(1).shownTitle());
            // the breadcrumb the result shows is the one its page shows, in the page's language
            assertEquals(List.of("Архив протоколов", "2024"), protocols.get(0).breadcrumb());
            assertEquals(List.of("Хаттамалар мұрағаты", "2024"), protocols.get(1).breadcrumb());
        }
    }

    /** A photo in a protocol's text is found by its description, which its page gives a screen reader. */
    @Test
    void aPhotoIsFoundByItsDescription(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOf("minimal-site", dir).withProtocolShowingItsPhoto()
                .withParagraphAppended("protocols/2024/2024-09-10.md", "![Марапаттау рәсімі](2024-09-10-seminar.png)");

        assertEquals(List.of("protocols/2024/2024-09-10.html"), found(site.content(), "марапаттау"));
    }
}
