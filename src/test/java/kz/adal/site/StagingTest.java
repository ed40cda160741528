package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
        assertEquals(List.of("index.html", "third.html"), files(site), "nothing of the first build's site stays");
        List<Path> after = besides(dir);
        assertEquals(1, after.size(), "the next build took the site the first one wrote: " + after);
        assertEquals("second", read(after.get(0), "index.html"));
    }

    @Test
    void theNextBuildOverwritesTheReplacedSiteInsteadOfCreatingEveryFileAnew(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        build(site, "first-and-longer");
        Object firstIndex = fileKey(site.resolve("index.html"));
        build(site, "second");
        build(site, "third");
        assertEquals(firstIndex, fileKey(site.resolve("index.html")), "the same file, overwritten");
        assertEquals("third", read(site, "index.html"), "and cut to its new length");
    }

    @Test
    void aRecycledSiteMayHoldAFileWhereTheBuildPutsAFolderAndAFolderWhereItPutsAFile(@TempDir Path dir)
            throws IOException {
        Path site = dir.resolve("site");
        Path replaced = Files.createDirectories(dir.resolve(".site.old-1/2024/08"));
        Files.write(replaced.resolve("12.html"), bytes("old"));
        Files.write(dir.resolve(".site.old-1/archive"), bytes("a file where a folder goes"));
        Files.createDirectories(dir.resolve(".site.old-1/empty/deeper"));
        try (Staging staging = Staging.open(site, BUILT)) {
            staging.write("2024", bytes("a file where a folder was"));
            staging.write("archive/index.html", bytes("archive"));
            staging.commit();
        }
        assertEquals(List.of("2024", "archive/index.html"), files(site));
        assertEquals(List.of(), besides(dir));
        try (Stream<Path> all = Files.walk(site)) {
            assertEquals(4, all.count(), "the site, its two files and the archive folder; no folder left empty");
        }
    }

    @Test
    void aReplacedSiteWhoseFilesHaveAnotherNameIsNotOverwrittenButRemoved(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        build(site, "first");
        build(site, "second");
        Path replaced = besides(dir).get(0);
        Path snapshot = Files.createLink(dir.resolve("snapshot.html"), replaced.resolve("index.html"));
        build(site, "third");
        assertEquals("first", Files.readString(snapshot), "the snapshot keeps what it was linked to");
        assertEquals("third", read(site, "index.html"));
        assertEquals(List.of("index.html", "third.html"), files(site));
    }

    @Test
    void aLeftoverHoldingALinkIsNotWrittenThroughButRemoved(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(dir.resolve(".site.old-1"));
        Files.createSymbolicLink(dir.resolve(".site.old-1/protocols"), elsewhere);
        try (Staging staging = Staging.open(site, BUILT)) {
            staging.write("protocols/2024-08-12.html", bytes("protocol"));
            staging.commit();
        }
        assertEquals("protocol", read(site, "protocols/2024-08-12.html"));
        assertFalse(Files.isSymbolicLink(site.resolve("protocols")));
        try (Stream<Path> written = Files.list(elsewhere)) {
            assertEquals(0, written.count(), "nothing was written through the link");
        }
        assertEquals(List.of(), besides(dir));
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

    /** The files of a folder, by their paths inside it. */
    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static String read(Path folder, String file) throws IOException {
        return Files.readString(folder.resolve(file));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
