package kz.adal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import kz.adal.site.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The year's page, as an auditor reads it. */
class ArchivePagesTest {

    /** Each protocol's number beside its date, written one way however the protocols write it: the series at a glance. */
    @Test
    void theYearsListShowsEachProtocolsNumberWithItsSign(@TempDir Path dir) throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir).withAugustProtocolOn("2024-09-16", "number: \"№9\"")
                .withAugustProtocolOn("2024-10-14", "number: 10/ҚС").withAugustProtocolOn("2024-11-11")
                .withAugustProtocolOn("2024-08-12", "number: \"8\"");
        assertEquals(0, content.build(dir.resolve("site")).exitCode());

        Document page = Jsoup.parse(dir.resolve("site/protocols/2024/index.html").toFile(), "UTF-8");
        assertEquals(List.of("12 тамыз 2024 ж., № 8", "16 қыркүйек 2024 ж., № 9", "14 қазан 2024 ж., 10/ҚС",
                "11 қараша 2024 ж."), page.select(".protocol-list li").stream()
                .map(li -> li.text().substring(0, li.text().indexOf(" — "))).toList());
    }
}
