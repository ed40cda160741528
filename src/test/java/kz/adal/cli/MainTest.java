package kz.adal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void helpListsTheCommands() {
        TestSite.Run run = TestSite.cli("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("build") && run.out().contains("check"), run.out());
    }

    @Test
    void versionIsPrinted() {
        TestSite.Run run = TestSite.cli("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("adal "), run.out());
    }

    @Test
    void buildPrintsProgressAndASummary(@TempDir Path dir) {
        TestSite.Run run = TestSite.cli("build", "--output", dir.resolve("site").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("adal: building content into"), run.err());
        assertTrue(run.err().matches("(?s).*built \\d+ pages \\(1 protocols, \\d+ files\\) in [0-9.]+ s.*"), run.err());
        assertTrue(Files.exists(dir.resolve("site/index.html")));
    }

    @Test
    void checkWritesNothing(@TempDir Path dir) throws Exception {
        TestSite.Run run = TestSite.cli("check");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("content is valid"), run.err());
    }

    @Test
    void aMissingContentFolderIsAContentError(@TempDir Path dir) {
        TestSite.Run run = TestSite.cli("check", "--content", dir.resolve("nothing").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the content folder does not exist"), run.err());
    }

    @Test
    void generateCorpusNamesWhatIsWrongWithItsFolders(@TempDir Path dir) throws Exception {
        TestSite.Run notContent = TestSite.cli("generate-corpus", dir.resolve("corpus").toString(), "--from", dir.toString());
        assertEquals(2, notContent.exitCode());
        assertTrue(notContent.err().contains("is not a content folder (no site.yml and concept/)"), notContent.err());
        Files.createDirectories(dir.resolve("taken"));
        TestSite.Run exists = TestSite.cli("generate-corpus", dir.resolve("taken").toString());
        assertEquals(2, exists.exitCode());
        assertTrue(exists.err().contains("already exists: the generator never overwrites a folder"), exists.err());
        TestSite.Run none = TestSite.cli("generate-corpus", dir.resolve("corpus").toString(), "--protocols", "0");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().startsWith("--protocols must be at least 1, not 0"), none.err());
        assertFalse(Files.exists(dir.resolve("corpus")));
    }

    /** An empty path, as `--content=` or a shell variable never set gives, would name the current folder. */
    @Test
    void anEmptyPathIsAUsageError(@TempDir Path dir) {
        for (String[] args : new String[][] {{"build", "--content=", "--output", dir.resolve("site").toString()},
            {"check", "--theme", ""}, {"build", "--output", " "}, {"verify", ""}}) {
            TestSite.Run run = TestSite.cli(args);
            assertEquals(2, run.exitCode(), String.join(" ", args));
            assertTrue(run.err().contains("an empty path; name a folder or file"), run.err());
        }
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, TestSite.cli("build", "--nonsense").exitCode());
    }
}
