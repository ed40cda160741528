package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Auditors compare hashes: the same input must give the same bytes. */
class ReproducibleBuildTest {

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical(@TempDir Path dir) throws Exception {
        Build build = TestSite.realContent();
        build.run(dir.resolve("a"));
        build.run(dir.resolve("b"));
        Map<String, String> a = TestSite.hashes(dir.resolve("a"));
        assertFalse(a.isEmpty());
        assertEquals(a, TestSite.hashes(dir.resolve("b")));
        FileTime buildTime = FileTime.from(TestSite.END_OF_2024.instant());
        for (String file : a.keySet()) {
            assertEquals(buildTime, Files.getLastModifiedTime(dir.resolve("b").resolve(file)),
                    file + ": file times come from the build clock, so archives of the site are identical too");
        }
    }

    @Test
    void aBuildInAnotherJvmGivesTheSameBytes(@TempDir Path dir) throws Exception {
        // hash orders are salted per JVM: only a second process shows output that depends on them
        TestSite.realContent().run(dir.resolve("here"));
        ProcessBuilder other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "kz.adal.cli.Main", "build", "--output",
                dir.resolve("there").toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile());
        other.environment().put("SOURCE_DATE_EPOCH", Long.toString(TestSite.END_OF_2024.instant().getEpochSecond()));
        assertEquals(0, other.start().waitFor(), () -> read(dir.resolve("log")));
        assertEquals(TestSite.hashes(dir.resolve("here")), TestSite.hashes(dir.resolve("there")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    @Test
    void rebuildingIntoTheSameFolderReplacesItWhole(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        Build build = TestSite.realContent();
        build.run(site);
        Files.writeString(site.resolve("stale.html"), "left from an old build");
        build.run(site);
        assertFalse(Files.exists(site.resolve("stale.html")));
        try (var siblings = Files.list(dir)) {
            // beside the site only the one it replaced, which waits for the next build (StagingTest); no staging folder
            List<String> names = siblings.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.get(0).startsWith(".site.old-"), names.toString());
            assertEquals("site", names.get(1));
        }
    }
}
