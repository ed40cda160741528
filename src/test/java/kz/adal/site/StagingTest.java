package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging folder: a site is swapped in whole, and what earlier builds left beside it is cleared. */
class StagingTest {
    private static final Instant BUILT = Instant.parse("2024-12-31T00:00:00Z");

    @Test
    void aCommittedBuildReplacesTheSiteWholeAndKeepsTheReplacedOneOnlyUntilTheNextBuild(@TempDir Path dir)
            throws IOException {
        Path site = dir.resolve("site");
        build(site, "first");
        build(site, "second");
        assertEquals("second", read(site, "index.html"));
        assertFalse(Files.exists(site.resolve("first.html")), "nothing of the replaced site stays in it");
        List<Path> beside = besides(dir);
        assertEquals(1, beside.size(), "the replaced site waits beside until the next build: " + beside);
        assertEquals("first", read(beside.get(0), "index.html"));

        build(site, "third");
        assertEquals("third", read(site, "index.html"));
        List<Path> after = besides(dir);
        assertEquals(1, after.size(), "the next build removed the site the first one wrote: " + after);
        assertEquals("second", read(after.get(0), "index.html"));
    }

    @Test
    void anUncommittedBuildLeavesTheSiteAsItWasAndRemovesItsOwnFolder(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        build(site, "good");
        byte[] before = Files.readAllBytes(site.resolve("index.html"));
        try (Staging staging = Staging.open(site, BUILT)) {
            staging.write("index.html", bytes("broken"));
            staging.write("more/page.html", bytes("broken"));
        }
        assertArrayEquals(before, Files.readAllBytes(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("more")));
        assertTrue(besides(dir).stream().noneMatch(p -> p.getFileName().toString().contains(".tmp-")),
                "the failed build's staging folder is gone");
    }

    @Test
    void theStagingFolderOfAnInterruptedBuildIsRemovedByTheNextBuild(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Path interrupted = Files.createDirectories(dir.resolve(".site.tmp-123/protocols/2024"));
        Files.write(interrupted.resolve("2024-08-12.html"), bytes("half"));
        build(site, "whole");
        assertEquals(List.of(), besides(dir));
        assertEquals("whole", read(site, "index.html"));
    }

    @Test
    void everyFileGetsTheBuildTime(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        build(site, "timed");
        assertEquals(BUILT, Files.getLastModifiedTime(site.resolve("index.html")).toInstant());
        assertEquals(BUILT, Files.getLastModifiedTime(site.resolve("timed.html")).toInstant());
    }

    private static void build(Path site, String name) throws IOException {
        try (Staging staging = Staging.open(site, BUILT)) {
            staging.write("index.html", bytes(name));
            staging.write(name + ".html", bytes(name));
            staging.commit();
        }
    }

    /** The hidden folders beside the site: earlier builds' leftovers. */
    private static List<Path> besides(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().startsWith(".site.")).sorted().toList();
        }
    }

    private static String read(Path folder, String file) throws IOException {
        return Files.readString(folder.resolve(file));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
