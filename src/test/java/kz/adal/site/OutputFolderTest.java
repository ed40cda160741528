package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build replaces its output folder whole: it takes only a new or empty folder, or a site a build made. */
class OutputFolderTest {
    @TempDir
    Path dir;

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aFolderOfSomeoneElsesFilesIsNeverTaken() throws Exception {
        TestSite site = TestSite.copyOf("minimal-site", dir);
        Path documents = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(documents.resolve("report.docx"), "a report");
        List<String> before = listing(dir);

        TestSite.Run run = site.build(documents);

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(documents + ": the folder holds files that no adal build made"), run.err());
        assertTrue(run.err().contains("nothing was written"), run.err());
        assertEquals(before, listing(dir), "nothing moved, nothing beside it");
    }

    @Test
    void aNewOrEmptyFolderOrAnEarlierSiteIsTaken() throws Exception {
        TestSite site = TestSite.copyOf("minimal-site", dir);
        assertEquals(0, site.build(dir.resolve("new/site")).exitCode());
        assertEquals(0, site.build(Files.createDirectories(dir.resolve("empty"))).exitCode());
        Path opened = Files.createDirectories(dir.resolve("share"));
        Files.writeString(opened.resolve("Thumbs.db"), "Explorer's");
        Files.writeString(opened.resolve("desktop.ini"), "Explorer's");
        assertEquals(0, site.build(opened).exitCode(), "a folder Explorer opened is empty still");
        TestSite.Run again = site.build(dir.resolve("new/site"));
        assertEquals(0, again.exitCode(), again.err());
    }

    @Test
    void theSourcesAreNeverTheOutput() throws Exception {
        TestSite site = TestSite.copyOf("minimal-site", dir);
        List<String> before = listing(dir);
        for (Path output : List.of(site.content(), site.content().resolve("site"), dir, TestSite.THEME)) {
            TestSite.Run run = site.build(output);
            assertEquals(2, run.exitCode(), output + ": " + run.err());
            assertTrue(run.err().contains("build into a folder of its own"), run.err());
        }
        assertEquals(before, listing(dir));
    }

    @Test
    void aFileIsNotAFolder() throws Exception {
        TestSite site = TestSite.copyOf("minimal-site", dir);
        Path file = Files.writeString(dir.resolve("notes.txt"), "notes");
        TestSite.Run run = site.build(file);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("this is a file, not a folder"), run.err());
        assertEquals("notes", Files.readString(file));
    }

    /** Two builds into one folder at once would each take the other's hidden folder: the second one waits its turn. */
    @Test
    void aFolderAnotherBuildIsWritingIsLeftToIt() throws Exception {
        TestSite site = TestSite.copyOf("minimal-site", dir);
        Path output = dir.resolve("site");
        assertEquals(0, site.build(output).exitCode());
        Map<String, String> before = TestSite.hashes(output);
        try (OutputLock writing = OutputLock.acquire(output)) {
            TestSite.Run run = site.build(output);
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains(output + ": another adal build is writing this folder now"), run.err());
        }
        assertEquals(before, TestSite.hashes(output));
        assertEquals(0, site.build(output).exitCode(), "the lock is released when a build ends");
    }
}
