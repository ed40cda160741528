package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import kz.adal.site.Build;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of results an auditor reads in an archive of protocols written from one template. */
class ResultOrderTest {

    @Test
    void protocolsThatScoreAlikeComeNewestFirst(@TempDir Path dir) throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir).withAugustProtocolOn("2024-09-16")
                .withAugustProtocolOn("2024-10-14").withAugustProtocolOn("2024-11-11");
        try (SearchIndex index = new Build(content.content(), TestSite.THEME, TestSite.END_OF_2024).searchIndex()) {
            List<SearchHit> hits = new Searcher(index).search("Семинар", 10, SearchDocument.PROTOCOL);

            assertEquals(List.of("protocols/2024/2024-11-11.html", "protocols/2024/2024-10-14.html",
                    "protocols/2024/2024-09-16.html", "protocols/2024/2024-08-12.html"),
                    hits.stream().map(hit -> hit.document().url()).toList());
            assertEquals(1, hits.stream().map(SearchHit::score).distinct().count(), "the same text scores the same");
        }
    }
}
