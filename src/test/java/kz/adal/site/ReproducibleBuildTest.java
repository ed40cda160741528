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

    /** A build silently dated now would not be the one auditors compare: a malformed value stops it. */
    @Test
    void aMalformedSourceDateEpochStopsTheBuild(@TempDir Path dir) throws Exception {
        ProcessBuilder build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "kz.adal.cli.Main", "build", "--output",
                dir.resolve("site").toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile());
        build.environment().put("SOURCE_DATE_EPOCH", "1735671600000");
        assertEquals(2, build.start().waitFor(), () -> read(dir.resolve("log")));
        assertTrue(read(dir.resolve("log")).contains("adal: SOURCE_DATE_EPOCH is '1735671600000', not a whole number"),
                () -> read(dir.resolve("log")));
        assertFalse(Files.exists(dir.resolve("site")));
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
            // beside the site only the builds' lock file and the site it replaced, which waits for the next build
            // (StagingTest); no staging folder
            List<String> names = siblings.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(3, names.size(), names.toString());
            assertEquals(".site.lock", names.get(0));
            assertTrue(names.get(1).startsWith(".site.old-"), names.toString());
            assertEquals("site", names.get(2));
        }
    }
}
