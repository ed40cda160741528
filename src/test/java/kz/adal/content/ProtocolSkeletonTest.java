package kz.adal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adal new protocol}: a valid draft in the right folder, the standing facts copied, never overwriting. */
class ProtocolSkeletonTest {
    @TempDir
    Path dir;

    @Test
    void writesAValidDraftWithTheLatestProtocolsStandingFacts() throws Exception {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        TestSite.Run run = TestSite.cli("new", "protocol", "--date", "2025-01-20", "--content", content.toString());
        assertEquals(0, run.exitCode(), run.err());

        Path file = content.resolve("protocols/2025/2025-01-20.md");
        Problems problems = new Problems();
        Protocol draft = SourceFile.read(content, file, problems).flatMap(new ProtocolReader("kk", problems)::read).orElseThrow();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        Protocol august = SourceFile.read(content, content.resolve("protocols/2024/2024-08-12.md"), problems)
                .flatMap(new ProtocolReader("kk", problems)::read).orElseThrow();
        assertEquals(LocalDate.of(2025, 1, 20), draft.date());
        assertEquals(august.time(), draft.time());
        assertEquals(august.place(), draft.place());
        assertEquals(august.secretary(), draft.secretary());
        assertEquals(august.signedBy(), draft.signedBy());
        assertEquals(august.executor(), draft.executor());
        assertEquals(List.of(ProtocolSkeleton.FILL_IN), draft.agenda());

        assertEquals(0, TestSite.cli("check", "--content", content.toString(), "--theme", TestSite.THEME.toString()).exitCode(),
                "the draft builds as it is");
    }

    @Test
    void neverOverwritesAnExistingProtocol() throws Exception {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        Path august = content.resolve("protocols/2024/2024-08-12.md");
        byte[] before = Files.readAllBytes(august);
        TestSite.Run run = TestSite.cli("new", "protocol", "--date", "2024-08-12", "--content", content.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("2024-08-12.md: a protocol for 2024-08-12 exists already"), run.err());
        assertEquals(new String(before), Files.readString(august));
    }

    @Test
    void aFolderThatIsNoContentFolderGetsNoProtocol() {
        Path mistyped = dir.resolve("contnet");
        TestSite.Run run = TestSite.cli("new", "protocol", "--date", "2026-12-01", "--content", mistyped.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(mistyped.toAbsolutePath() + " is not a content folder (no site.yml)"), run.err());
        assertFalse(Files.exists(mistyped), "nothing created");
    }

    @Test
    void withoutAnEarlierProtocolEveryFieldIsMarkedForTheAuthor() throws Exception {
        Path content = dir.resolve("content");
        Path file = ProtocolSkeleton.write(content, LocalDate.of(2026, 3, 2));
        assertEquals(content.resolve("protocols/2026/2026-03-02.md"), file);
        String text = Files.readString(file);
        assertTrue(text.contains("date: '2026-03-02'"), text);
        assertTrue(text.contains("place: '...'"), text);
        for (String field : List.of("title", "time", "place", "city", "organisation", "attendees", "secretary", "agenda",
                "signed_by", "executor")) {
            assertTrue(text.contains("\n" + field + ":"), field + " in\n" + text);
        }
    }

    /** The number counts on from the latest protocol's, written as it was, and begins again with a year. */
    @Test
    void theNumberCountsOnFromTheLatestProtocolsAndBeginsAgainEachYear() throws Exception {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        Path august = content.resolve("protocols/2024/2024-08-12.md");
        Files.writeString(august, Files.readString(august).replace("\ndate: ", "\nnumber: \"№ 8\"\ndate: "));
        Problems problems = new Problems();
        for (String date : List.of("2024-09-16", "2024-10-14", "2025-01-20")) {
            assertEquals(0, TestSite.cli("new", "protocol", "--date", date, "--content", content.toString()).exitCode());
        }
        List<String> numbers = List.of("2024/2024-09-16.md", "2024/2024-10-14.md", "2025/2025-01-20.md").stream()
                .map(f -> SourceFile.read(content, content.resolve("protocols/" + f), problems)
                        .flatMap(new ProtocolReader("kk", problems)::read).orElseThrow().number().orElse("none"))
                .toList();
        assertEquals(List.of("№ 9", "№ 10", "№ 1"), numbers);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }

    @Test
    void aNumberIsCountedOnAtItsLastFigures() {
        assertEquals(Optional.of("12/ХБ"), ProtocolSkeleton.nextNumber("11/ХБ", true));
        assertEquals(Optional.of("2024-10"), ProtocolSkeleton.nextNumber("2024-9", true));
        assertEquals(Optional.of("№1"), ProtocolSkeleton.nextNumber("№12", false));
        assertEquals(Optional.empty(), ProtocolSkeleton.nextNumber("б/н", true), "'without a number'");
    }
}
