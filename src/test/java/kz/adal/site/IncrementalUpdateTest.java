package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import kz.adal.content.ContentException;
import kz.adal.markdown.RenderCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code serve} does on a save: render only changed Markdown, write only changed files, end as a whole build would. */
class IncrementalUpdateTest {
    private static final String PROTOCOL = "protocols/2024/2024-08-12.md";
    private static final FileTime UNTOUCHED = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

    private final RenderCache cache = new RenderCache();

    private Build build(Path content) {
        return new Build(content, TestSite.THEME, TestSite.END_OF_2024).reusing(cache);
    }

    private static Map<String, String> wholeBuild(Path content, Path dir) throws Exception {
        Path site = dir.resolve("whole-" + System.nanoTime());
        new Build(content, TestSite.THEME, TestSite.END_OF_2024).run(site);
        return TestSite.hashes(site);
    }

    @Test
    void aSavedProtocolRewritesOnlyTheFilesItChanges(@TempDir Path dir) throws Exception {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        Path site = dir.resolve("site");
        BuildResult first = build(content).run(site);
        Files.setLastModifiedTime(site.resolve("glossary.html"), UNTOUCHED);
        Files.setLastModifiedTime(site.resolve("concept/01-first.html"), UNTOUCHED);

        Files.writeString(content.resolve(PROTOCOL), "\nКомиссия жаңа шешім қабылдады.\n", StandardOpenOption.APPEND);
        BuildResult second = build(content).update(site, first);

        assertEquals(3, cache.reused(), "the three concept files were not rendered again");
        assertTrue(second.changed().contains("protocols/2024/2024-08-12.html"), second.changed().toString());
        assertTrue(second.changed().contains("manifest.json"));
        assertFalse(second.changed().contains("glossary.html"), second.changed().toString());
        assertFalse(second.changed().contains("concept/01-first.html"), "the page it links to shows its date and title, unchanged");
        assertEquals(UNTOUCHED, Files.getLastModifiedTime(site.resolve("glossary.html")), "an unchanged file is not written");
        assertEquals(UNTOUCHED, Files.getLastModifiedTime(site.resolve("concept/01-first.html")));
        assertTrue(Files.readString(site.resolve("protocols/2024/2024-08-12.html")).contains("жаңа шешім"));
        assertEquals(wholeBuild(content, dir), TestSite.hashes(site), "the updated site is the one a whole build makes");
    }

    @Test
    void aRemovedProtocolTakesItsFilesAndEmptyFoldersAway(@TempDir Path dir) throws Exception {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        Path earlier = content.resolve("protocols/2023/2023-08-14.md");
        Files.createDirectories(earlier.getParent());
        Files.writeString(earlier, Files.readString(content.resolve(PROTOCOL)).replace("2024-08-12", "2023-08-14"));
        Path site = dir.resolve("site");
        BuildResult first = build(content).run(site);
        assertTrue(Files.exists(site.resolve("protocols/2023/2023-08-14.html")));

        Files.delete(earlier);
        BuildResult second = build(content).update(site, first);

        assertTrue(second.changed().contains("protocols/2023/2023-08-14.html"));
        assertFalse(Files.exists(site.resolve("protocols/2023")), "the emptied folder is removed");
        assertEquals(wholeBuild(content, dir), TestSite.hashes(site));
    }

    @Test
    void aSiteFolderDeletedMeanwhileIsBuiltWhole(@TempDir Path dir) throws Exception {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        Path site = dir.resolve("site");
        BuildResult first = build(content).run(site);
        TestSite.deleteTree(site);

        build(content).update(site, first);

        assertEquals(wholeBuild(content, dir), TestSite.hashes(site));
    }

    @Test
    void aSaveWithAProblemLeavesTheSiteAsItWas(@TempDir Path dir) throws Exception {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        Path site = dir.resolve("site");
        BuildResult first = build(content).run(site);
        Map<String, String> before = TestSite.hashes(site);

        Path protocol = content.resolve(PROTOCOL);
        Files.writeString(protocol, Files.readString(protocol).replace("time: \"16:00\"", "time: 4 pm"));
        assertThrows(ContentException.class, () -> build(content).update(site, first));

        assertEquals(before, TestSite.hashes(site));
    }
}
