package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of bad input: a clear message at file and line, exit code 2, and the previous site untouched. */
class BadInputTest {

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("missing-field.md", "protocols/2024/2024-09-10.md", ":2: the required field 'time' is missing"),
                Arguments.of("empty-field.md", "protocols/2024/2024-09-10.md", ":5: the required field 'place' is empty"
                        + " (write its value after the colon, e.g. 'place: Акт залы')"),
                Arguments.of("unknown-field.md", "protocols/2024/2024-09-10.md", ":5: unknown field 'speeker' (did you mean 'speakers'?)"),
                Arguments.of("date-not-a-date.md", "protocols/2024/2024-09-31.md", ":3: '2024-09-31' is not a date"),
                Arguments.of("time-not-hhmm.md", "protocols/2024/2024-09-10.md", ":4: '4 pm' is not a time of day"),
                Arguments.of("same-date.md", "protocols/2024/second.md", ":3: two protocols are dated 2024-08-12"),
                Arguments.of("wrong-year-folder.md", "protocols/2024/2023-09-10.md", ":3: the protocol dated 2023-09-10 is filed under 2024/"),
                Arguments.of("broken-link.md", "protocols/2024/2024-09-10.md", ":20: broken link: '../../concept/09-missing.md' is not a page"),
                Arguments.of("windows-path-link.md", "protocols/2024/2024-09-10.md", ":20: the link"
                        + " '..\\..\\concept\\01-first.md#s1-1' separates its folders with '\\', as Windows does"
                        + " (write '/' instead: '../../concept/01-first.md#s1-1')"),
                Arguments.of("link-one-folder-short.md", "protocols/2024/2024-09-10.md", ":20: broken link:"
                        + " '../concept/01-first.md' is not a page of the content (did you mean '../../concept/01-first.md#s1-1'?"
                        + " a link names the content file, relative to this file)"),
                // a '%' that begins no escape stays as written, as a browser leaves it: before, the build failed on it
                Arguments.of("link-with-a-stray-percent.md", "protocols/2024/2024-09-10.md", ":20: broken link:"
                        + " '../../concept/01-fi%rst.md' is not a page of the content (did you mean"
                        + " '../../concept/01-first.md#s1-1'?"),
                Arguments.of("link-to-published-page.md", "protocols/2024/2024-09-10.md", ":20: broken link:"
                        + " '../../concept/01-first.html' is not a page of the content (did you mean"
                        + " '../../concept/01-first.md#s1-1'?"),
                Arguments.of("broken-anchor.md", "protocols/2024/2024-09-10.md", ":20: broken link: the page concept/01-first.html has no anchor #s1-9"),
                Arguments.of("unclosed-front-matter.md", "protocols/2024/2024-09-10.md", ":1: the front matter block opened here is never closed"),
                Arguments.of("no-front-matter.md", "protocols/2024/2024-09-10.md", ":1: the file does not start with a front matter block"),
                // SnakeYAML finds the quote unclosed only at the block's end: the line that opened it is what to fix
                Arguments.of("unclosed-quote.md", "protocols/2024/2024-09-10.md", ":14: YAML syntax error: a quoted value"
                        + " is not closed (close the quote: '- \"Семинар\"')"),
                // SnakeYAML stops at the line after the slip; the slip's own line is what to fix
                Arguments.of("no-space-after-colon.md", "protocols/2024/2024-09-10.md", ":5: YAML syntax error: no space"
                        + " after the colon of 'place' (write a space after the colon: 'place: Акт залы')"),
                Arguments.of("tab-indentation.md", "protocols/2024/2024-09-10.md", ":11: YAML syntax error: the line is"
                        + " indented with a tab, which YAML does not allow"),
                Arguments.of("duplicate-id.md", "concept/03-third.md", ":3: duplicate id 's1-1', already used at concept/01-first.md:3"),
                Arguments.of("heading-without-id.md", "concept/03-third.md", ":3: the heading '3.1. Id жоқ тақырып' has no id"),
                Arguments.of("heading-without-text.md", "concept/03-third.md", ":3: the heading has no text"),
                Arguments.of("theme-id.md", "concept/03-third.md", ":3: the id 'main' is one the theme's pages use themselves"),
                Arguments.of("id-with-no-break-space.md", "concept/03-third.md", ":3: the id 's3-1\u00a0' holds a space"),
                // a Cyrillic а typed among Latin letters: it looks like task-1, and every link to task-1 breaks
                Arguments.of("id-mixing-scripts.md", "concept/03-third.md", ":3: the id 't\u0430sk-1' mixes Cyrillic"
                        + " letters ('\u0430') with Latin ones, which look alike but make another id (write it in Latin"
                        + " letters: {#task-1})"),
                Arguments.of("invalid-utf8.md", "protocols/2024/2024-09-10.md", ":5: the file is not valid UTF-8"),
                Arguments.of("saved-as-utf-16.md", "protocols/2024/2024-09-10.md", ":1: the file is saved as UTF-16"
                        + " ('Unicode' in Notepad), not UTF-8 (save it as UTF-8: in Notepad, File > Save As, Encoding: UTF-8)"),
                Arguments.of("saved-as-windows-1251.md", "protocols/2024/2024-09-10.md", ":2: the file is saved in a"
                        + " Cyrillic code page (Windows-1251, 'ANSI' in Notepad), not UTF-8"),
                Arguments.of("concept-without-title.md", "concept/03-third.md", ":1: a concept page must start with its title as a level-1 heading"),
                Arguments.of("empty-front-matter.md", "protocols/2024/2024-09-10.md", ":2: the required field 'date' is missing"),
                Arguments.of("empty.yml", "site.yml", ":1: the required field 'organisation' is missing"),
                Arguments.of("base-path-with-a-space.yml", "site.yml", ":5: base_path '/комплаенс сайты/' holds a"
                        + " character a web address's path cannot (a space, '%', '?', '#', ...)"),
                Arguments.of("control-character.md", "protocols/2024/2024-09-10.md", ":5: the text holds the control character U+0000"),
                Arguments.of("script-link.md", "protocols/2024/2024-09-10.md", ":20: the link 'javascript:alert(1)' is not allowed"),
                Arguments.of("script-link-as-entity.md", "protocols/2024/2024-09-10.md", ":20: the link 'javascript:alert(1)' is not allowed"),
                Arguments.of("folder-link.md", "protocols/2024/2024-09-10.md", ":20: broken link: '../../concept/' names a folder, not a content file (link to a .md file, relative to this file, e.g. '../../concept/_index.md' for the concept's overview)"),
                Arguments.of("nested-too-deep.md", "protocols/2024/2024-09-10.md", ":18: the text nests quotes or lists too deeply to render"),
                Arguments.of("event-attribute.md", "protocols/2024/2024-09-10.md", ":20: the attribute 'onclick' is not allowed"),
                Arguments.of("attachment-missing.md", "protocols/2024/2024-09-10.md", ":20: the attachment '2024-09-10-signed.pdf' is missing"),
                Arguments.of("attachment-name-with-spaces.md", "protocols/2024/2024-09-10.md", ":20: the attachment's name"
                        + " 'қол қойылған хаттама.pdf' holds a space or a sign a link cannot carry as it is (rename the file with"
                        + " letters, digits, '-', '_' and '.' only, e.g. 'қол-қойылған-хаттама.pdf', and write that name here)"),
                Arguments.of("attachment-listed-twice.md", "protocols/2024/2024-09-10.md", ":22: the attachment"
                        + " '2024-09-10-signed.pdf' is listed twice"),
                Arguments.of("attachment-web-page.md", "protocols/2024/2024-09-10.md", ":20: the attachment 'page.html' is not a document or scan"),
                Arguments.of("remote-image.md", "protocols/2024/2024-09-10.md", ":20: the picture"
                        + " 'http://192.168.1.20/photos/seminar.jpg' is not in the content: the page would show it only"
                        + " while its server answers, or not at all (copy it beside the protocol, list it under"
                        + " 'attachments:' and show it by its name, ![семинардан сурет](seminar.jpg))"),
                Arguments.of("picture-as-reference.md", "protocols/2024/2024-09-10.md", ":20: a picture is shown"
                        + " only as ![description](file) (write the file's name in the brackets after the description,"
                        + " e.g. ![Семинар](2024-08-12-seminar.jpg))"),
                Arguments.of("picture-without-description.md", "protocols/2024/2024-09-10.md", ":20: the picture"
                        + " '2024-09-10-seminar.jpg' has no description (write what it shows in the brackets, e.g."
                        + " ![Семинар, акт залы](2024-09-10-seminar.jpg), for readers who cannot see it)"),
                Arguments.of("link-without-scheme.md", "protocols/2024/2024-09-10.md", ":20: the link '//portal.example.kz/register'"
                        + " names no scheme"),
                Arguments.of("empty-agenda.md", "protocols/2024/2024-09-10.md", ":13: the required list 'agenda' is empty"),
                Arguments.of("empty-agenda-entry.md", "protocols/2024/2024-09-10.md", ":15: an entry of 'agenda' is empty"),
                Arguments.of("alias-bomb.yml", "site.yml", ":1: the YAML is beyond what adal reads"),
                Arguments.of("person-declared-twice.yml", "people.yml", ":5: 'И.А. Анафияев' is declared twice, here and"
                        + " with 'И.А.Анафияов' (keep it in one entry: as the name, or as an alias)"),
                Arguments.of("upper-case-ending.md", "protocols/2024/2024-09-10.MD", ":1: the file is not read: adal reads Markdown"
                        + " only from files whose name ends in '.md' (rename it to 2024-09-10.md)"),
                Arguments.of("saved-by-notepad-as-text.md", "protocols/2024/2024-09-10.md.txt", ":1: the file is not read:"
                        + " adal reads Markdown only from files whose name ends in '.md', and this one's ends in '.txt'"
                        + " (rename it to 2024-09-10.md;"),
                Arguments.of("saved-by-notepad-as-text.md", "protocols/2024/2024-09-10.txt", ":1: the file is not read:"),
                Arguments.of("glossary-as-yaml.yml", "glossary.yaml", ":1: the file is not read: adal reads glossary.yml (rename it"));
    }

    /** Builds {@code site}, still good, into {@code output}: the hash of each file it wrote, to compare with after. */
    private static Map<String, String> builtGood(TestSite site, Path output) {
        assertEquals(0, site.build(output).exitCode());
        return TestSite.hashes(output);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void reportsTheProblemAndLeavesThePreviousSiteAsItWas(String fixture, String path, String expected, @TempDir Path dir) {
        TestSite site = TestSite.copyOf("minimal-site", dir);
        Path output = dir.resolve("site");
        Map<String, String> before = builtGood(site, output);

        TestSite.Run run = site.with("bad-input/" + fixture, path).build(output);

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(path + expected), "expected '" + path + expected + "' in:\n" + run.err());
        assertEquals(before, TestSite.hashes(output), "the previous site must stay byte for byte");
    }

    /** An anchor copied from a Markdown viewer is answered with the id of the heading the content wrote. */
    @Test
    void anAnchorAsAMarkdownViewerWritesItIsAnsweredWithTheHeadingsId(@TempDir Path dir) {
        TestSite site = TestSite.copyOf("minimal-site", dir).withParagraphAppended("protocols/2024/2024-08-12.md",
                "[1.1](../../concept/01-first.md#11-кіші-бөлім-s1-1)");

        TestSite.Run run = site.build(dir.resolve("site"));

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("has no anchor #11-кіші-бөлім-s1-1 (did you mean '#s1-1'? the heading '1.1. Кіші"
                + " бөлім' has that id, which never changes; a Markdown viewer names it by its words)"), run.err());
    }

    /** A problem of site.yml hides none of the others: the texts are still rendered and checked in the same run. */
    @Test
    void aProblemOfTheSiteSettingsHidesNoOtherProblem(@TempDir Path dir) {
        TestSite site = TestSite.copyOf("minimal-site", dir);
        Path output = dir.resolve("site");
        Map<String, String> before = builtGood(site, output);

        TestSite.Run run = site.with("bad-input/empty.yml", "site.yml")
                .with("bad-input/heading-without-id.md", "concept/03-third.md")
                .with("bad-input/time-not-hhmm.md", "protocols/2024/2024-09-10.md").build(output);

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("site.yml:1: the required field 'organisation' is missing"), run.err());
        assertTrue(run.err().contains("concept/03-third.md:3: the heading '3.1. Id жоқ тақырып' has no id"), run.err());
        assertTrue(run.err().contains("protocols/2024/2024-09-10.md:4: '4 pm' is not a time of day"), run.err());
        assertEquals(before, TestSite.hashes(output), "the previous site must stay byte for byte");
    }

    /** A link the content got wrong is reported at its line, and not once more where the page's links are checked. */
    @Test
    void aBrokenLinkIsReportedOnceAtItsLine(@TempDir Path dir) {
        TestSite site = TestSite.copyOf("minimal-site", dir).with("bad-input/folder-link.md", "protocols/2024/2024-09-10.md");
        TestSite.Run run = site.build(dir.resolve("site"));
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("1 problem in the content"), run.err());
        assertFalse(run.err().contains("site/protocols"), run.err());
    }

    /**
     * A protocol not published for a problem in its record still has its links checked, against the pages that are
     * published and against its own anchors: its author sees every problem in one run.
     */
    @Test
    void aProtocolHeldBackForItsRecordHasItsLinksCheckedInTheSameRun(@TempDir Path dir) {
        TestSite site = TestSite.copyOf("minimal-site", dir)
                .with("bad-input/time-not-hhmm-and-broken-anchor.md", "protocols/2024/2024-09-10.md");

        TestSite.Run run = site.build(dir.resolve("site"));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("2024-09-10.md:4: '4 pm' is not a time of day"), run.err());
        assertTrue(run.err().contains("2024-09-10.md:20: broken link: the page concept/01-first.html has no anchor"
                + " #s1-9"), run.err());
        assertTrue(run.err().contains("2024-09-10.md:22: broken link: '../../concept/09-missing.md' is not a page"),
                run.err());
        assertTrue(run.err().contains("2024-09-10.md:18: broken link: the page protocols/2024/2024-09-10.html has no"
                + " anchor #s9"), run.err());
        assertTrue(run.err().contains("4 problems in the content"), run.err());
    }

    /** So is one held back for its date, filed under another year. */
    @Test
    void aProtocolHeldBackForItsDateHasItsLinksCheckedInTheSameRun(@TempDir Path dir) {
        TestSite site = TestSite.copyOf("minimal-site", dir)
                .with("bad-input/wrong-year-folder.md", "protocols/2024/2023-09-10.md")
                .withParagraphAppended("protocols/2024/2023-09-10.md", "[жоқ зәкір](../../concept/01-first.md#s1-9)");

        TestSite.Run run = site.build(dir.resolve("site"));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("2023-09-10.md:3: the protocol dated 2023-09-10 is filed under 2024/"),
                run.err());
        assertTrue(run.err().contains("broken link: the page concept/01-first.html has no anchor #s1-9"), run.err());
        assertTrue(run.err().contains("2 problems in the content"), run.err());
    }

    /**
     * One outside a year folder has its record checked in the same run, and is told the folder its date names (from
     * its record, or else from its file's name); its links, written for that folder, are checked once it is there.
     */
    @Test
    void aProtocolOutsideAYearFolderHasItsRecordCheckedInTheSameRun(@TempDir Path dir) {
        TestSite.Run run = TestSite.copyOf("minimal-site", dir)
                .with("bad-input/time-not-hhmm.md", "protocols/2024-09-10.md").build(dir.resolve("site"));
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("protocols/2024-09-10.md:1: a protocol must lie in a year folder (move it to"
                + " protocols/2024/)"), run.err());
        assertTrue(run.err().contains("protocols/2024-09-10.md:4: '4 pm' is not a time of day"), run.err());
        assertTrue(run.err().contains("2 problems in the content"), run.err());

        run = TestSite.copyOf("minimal-site", dir.resolve("named")).with("bad-input/broken-anchor.md",
                "protocols/қыркүйек.md").build(dir.resolve("named-site"));
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("protocols/қыркүйек.md:1: a protocol must lie in a year folder (move it to"
                + " protocols/2024/)"), run.err());
        assertTrue(run.err().contains("1 problem in the content"), run.err());
    }

    /** And one held back for a syntax error in its record's YAML: its text is there all the same. */
    @Test
    void aProtocolHeldBackForASyntaxErrorHasItsLinksCheckedInTheSameRun(@TempDir Path dir) {
        TestSite site = TestSite.copyOf("minimal-site", dir)
                .with("bad-input/no-space-after-colon.md", "protocols/2024/2024-09-10.md")
                .withParagraphAppended("protocols/2024/2024-09-10.md", "[жоқ зәкір](../../concept/01-first.md#s1-9)")
                .withParagraphAppended("protocols/2024/2024-08-12.md", "[келесі](2024-09-10.md)");

        TestSite.Run run = site.build(dir.resolve("site"));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("2024-09-10.md:5: YAML syntax error: no space after the colon of 'place'"),
                run.err());
        assertTrue(run.err().contains("broken link: the page concept/01-first.html has no anchor #s1-9"), run.err());
        assertFalse(run.err().contains("is not a page of the content"), run.err());
        assertTrue(run.err().contains("2 problems in the content"), run.err());
    }

    /**
     * A link to a protocol held back for its own problem is not reported as a link to no page: it resolves once that
     * problem is fixed. Only that problem is reported, and a link to an anchor the protocol lacks.
     */
    @Test
    void aLinkToAHeldBackProtocolWaitsForItsProblemToBeFixed(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.copyOf("minimal-site", dir)
                .with("bad-input/time-not-hhmm.md", "protocols/2024/2024-09-10.md")
                .withParagraphAppended("protocols/2024/2024-08-12.md", "[келесі](2024-09-10.md)"
                        + " [оның тақырыбы](2024-09-10.md#minutes-title) [жоқ зәкір](2024-09-10.md#s9)");
        int line = (int) Files.readString(site.content().resolve("protocols/2024/2024-08-12.md")).lines().count();

        TestSite.Run run = site.build(dir.resolve("site"));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("2024-09-10.md:4: '4 pm' is not a time of day"), run.err());
        assertTrue(run.err().contains("2024-08-12.md:" + line + ": broken link: the page protocols/2024/2024-09-10.html"
                + " (not published this run: its protocol has a problem of its own, reported with this one) has no"
                + " anchor #s9"), run.err());
        assertFalse(run.err().contains("there is no page"), run.err());
        assertTrue(run.err().contains("2 problems in the content"), run.err());
    }

    /**
     * A held-back protocol's attachments are held back with it: a link to its listed scan, from its own text or from
     * another protocol, is no second problem (it said the scan was no attachment).
     */
    @Test
    void aLinkToAHeldBackProtocolsAttachmentIsNoSecondProblem(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.copyOf("minimal-site", dir)
                .with("attachments/protocol-linking-its-scan.md", "protocols/2024/2024-09-10.md")
                .with("attachments/2024-09-10-signed.pdf", "protocols/2024/2024-09-10-signed.pdf");
        Path held = site.content().resolve("protocols/2024/2024-09-10.md");
        Files.writeString(held, Files.readString(held).replace("time: \"16:00\"", "time: \"16.00\""));
        site.withParagraphAppended("protocols/2024/2024-08-12.md", "[қыркүйектің сканы](2024-09-10-signed.pdf)");

        TestSite.Run run = site.build(dir.resolve("site"));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("2024-09-10.md:4: '16.00' is not a time of day"), run.err());
        assertTrue(run.err().contains("1 problem in the content"), run.err());
    }

    /**
     * A protocol whose text cannot be told from its record (no front matter block, one never closed, not UTF-8) is
     * held back too: a link to it, with any anchor, waits for that to be mended; it was a second, wrong problem.
     */
    @ParameterizedTest
    @CsvSource({
        "no-front-matter.md, :1: the file does not start with a front matter block",
        "unclosed-front-matter.md, :1: the front matter block opened here is never closed",
        "invalid-utf8.md, :5: the file is not valid UTF-8",
    })
    void aLinkToAProtocolWhoseTextCannotBeReadWaitsForItToBeMended(String fixture, String problem, @TempDir Path dir) {
        TestSite site = TestSite.copyOf("minimal-site", dir)
                .with("bad-input/" + fixture, "protocols/2024/2024-09-10.md")
                .withParagraphAppended("protocols/2024/2024-08-12.md", "[келесі](2024-09-10.md)"
                        + " [оның шешімі](2024-09-10.md#decision-1)");

        TestSite.Run run = site.build(dir.resolve("site"));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("2024-09-10.md" + problem), run.err());
        assertFalse(run.err().contains("not a page of the content"), run.err());
        assertTrue(run.err().contains("1 problem in the content"), run.err());
    }

    /** A link to a protocol not written yet is never answered with the linking file itself, however near its name. */
    @Test
    void aBrokenLinkIsNotAnsweredWithItsOwnFile(@TempDir Path dir) {
        TestSite site = TestSite.copyOf("minimal-site", dir)
                .withParagraphAppended("protocols/2024/2024-08-12.md", "[келесі](2024-09-12.md)");

        TestSite.Run run = site.build(dir.resolve("site"));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("broken link: '2024-09-12.md' is not a page of the content (link to a .md file"),
                run.err());
        assertFalse(run.err().contains("did you mean"), run.err());
    }

    @Test
    void listsEveryProblemOfARunTogether(@TempDir Path dir) {
        TestSite site = TestSite.copyOf("minimal-site", dir)
                .with("bad-input/time-not-hhmm.md", "protocols/2024/2024-09-10.md")
                .with("bad-input/date-not-a-date.md", "protocols/2024/2024-09-31.md")
                .with("bad-input/duplicate-id.md", "concept/03-third.md")
                .with("bad-input/broken-anchor.md", "protocols/2024/2024-09-11.md");

        TestSite.Run run = site.build(dir.resolve("site"));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("2024-09-10.md:4: '4 pm' is not a time of day"), run.err());
        assertTrue(run.err().contains("2024-09-31.md:3: '2024-09-31' is not a date"), run.err());
        assertTrue(run.err().contains("03-third.md:3: duplicate id 's1-1'"), run.err());
        assertTrue(run.err().contains("2024-09-11.md:20: broken link"), run.err());
        assertTrue(run.err().contains("4 problems in the content"), run.err());
        assertFalse(Files.exists(dir.resolve("site")), "a failed first build writes nothing");
    }

    @Test
    void aMissingThemeIsNamedBeforeAnyWorkAndTheSiteStays(@TempDir Path dir) {
        TestSite site = TestSite.copyOf("minimal-site", dir);
        Path output = dir.resolve("site");
        Map<String, String> before = builtGood(site, output);
        Path noTheme = dir.resolve("no-theme");

        TestSite.Run run = TestSite.cli("build", "--content", site.content().toString(), "--theme", noTheme.toString(),
                "--output", output.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(noTheme + ":1: the theme folder does not exist (run the command from the project"
                + " folder or pass the theme folder with --theme)"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(before, TestSite.hashes(output));
    }

    @Test
    void aThemeMissingItsUiStringsIsNamed(@TempDir Path dir) {
        TestSite site = TestSite.copyOf("minimal-site", dir);
        Path theme = dir.resolve("theme");
        TestSite.copyTree(TestSite.THEME, theme);
        TestSite.deleteTree(theme.resolve("i18n"));

        TestSite.Run run = TestSite.cli("check", "--content", site.content().toString(), "--theme", theme.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(theme.resolve("i18n/messages_kk.properties") + ":1: the theme has no"
                + " i18n/messages_kk.properties"), run.err());
        assertTrue(run.err().contains("i18n/messages_ru.properties"), run.err());
    }

    @Test
    void aTemplateThatDoesNotParseIsNamedWithItsLineBeforeAnyWorkAndTheSiteStays(@TempDir Path dir) throws IOException {
        ThemeSlip slip = ThemeSlip.in(dir, "protocol", "{% if %}");

        TestSite.Run run = slip.build();

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(slip.template() + ":3: the template does not parse: "), run.err());
        assertTrue(run.err().contains("1 problem in the theme; nothing was written"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("content loaded"), "said before reading the content: " + run.err());
        assertEquals(slip.before(), TestSite.hashes(slip.output()));
    }

    /** The protocols' pages are rendered on every core; the archive's beside them: either failure is reported. */
    @ParameterizedTest
    @MethodSource("templates")
    void aTemplateThatFailsOnAPageIsNamedWithItsLineAndTheSiteStays(String name, @TempDir Path dir) throws IOException {
        ThemeSlip slip = ThemeSlip.in(dir, name, "{{ page.nothing.here }}");

        TestSite.Run run = slip.build();

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(slip.template() + ":3: the template failed: "), run.err());
        assertTrue(run.err().contains("1 problem in the theme; nothing was written"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        assertEquals(slip.before(), TestSite.hashes(slip.output()));
    }

    /** A site built with a copy of the theme, then one of its templates given a slip as its third line. */
    private record ThemeSlip(TestSite site, Path theme, Path output, Map<String, String> before, Path template) {

        static ThemeSlip in(Path dir, String name, String slip) throws IOException {
            TestSite site = TestSite.copyOf("minimal-site", dir);
            Path theme = dir.resolve("theme");
            TestSite.copyTree(TestSite.THEME, theme);
            Path output = dir.resolve("site");
            ThemeSlip built = new ThemeSlip(site, theme, output, Map.of(), theme.resolve("templates/" + name + ".peb"));
            assertEquals(0, built.build().exitCode());
            List<String> lines = new ArrayList<>(Files.readAllLines(built.template()));
            lines.add(2, slip);
            Files.write(built.template(), lines);
            return new ThemeSlip(site, theme, output, TestSite.hashes(output), built.template());
        }

        TestSite.Run build() {
            return TestSite.cli("build", "--content", site.content().toString(), "--theme", theme.toString(),
                    "--output", output.toString());
        }
    }

    static Stream<String> templates() {
        return Stream.of("protocol", "archive");
    }

    @Test
    void checkValidatesWithoutWriting(@TempDir Path dir) {
        TestSite site = TestSite.copyOf("minimal-site", dir).with("bad-input/time-not-hhmm.md", "protocols/2024/2024-09-10.md");

        TestSite.Run run = TestSite.cli("check", "--content", site.content().toString(), "--theme", "theme");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("2024-09-10.md:4: '4 pm' is not a time of day"), run.err());
    }
}
