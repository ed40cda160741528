package kz.adal.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.adal.content.DeclaredPerson;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warnings an auditor relies on; errors with --strict, and then the previous site stays as it was. */
class ConsistencyChecksTest {
    /** The line of 'number:' in the protocols {@link #checkNumbered} writes: after the opening line and the title. */
    private static final int NUMBER_LINE = 3;

    @TempDir
    Path dir;

    @Test
    void theSeedsTwoSpellingsOfOneNameAreAWarningThatStillBuilds() {
        TestSite.Run run = TestSite.copyOf("minimal-site", dir).build(dir.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("protocols/2024/2024-08-12.md:20: warning: 'И.А. Анафияев' looks like 'И.А.Анафияов'"
                + " (used in 1 protocol): one person spelled two ways?"), run.err());
        assertTrue(run.err().contains("1 warning; --strict makes them errors"), run.err());
    }

    @Test
    void withStrictTheyAreErrorsAndThePreviousSiteStays() {
        TestSite content = TestSite.copyOf("minimal-site", dir);
        Path site = dir.resolve("site");
        content.with("consistency/people-with-alias.yml", "people.yml").build(site);
        Map<String, String> before = TestSite.hashes(site);
        content.with("consistency/unsigned-second-in-august.md", "protocols/2024/2024-08-26.md");

        TestSite.Run run = TestSite.cli("build", "--strict", "--content", content.content().toString(), "--theme",
                TestSite.THEME.toString(), "--output", site.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("protocols/2024/2024-08-26.md:1: the protocol has no signature"), run.err());
        assertTrue(run.err().contains("protocols/2024/2024-08-26.md:3: a second protocol in 2024-08, besides"
                + " protocols/2024/2024-08-12.md"), run.err());
        assertFalse(run.err().contains("looks like"), "people.yml declares the alias: " + run.err());
        assertEquals(before, TestSite.hashes(site));
    }

    /** A scan put beside its protocol and not listed would be missing from the site without a word. */
    @Test
    void aFileBesideTheProtocolsThatNoneListsIsAWarning() throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir);
        Path year = content.content().resolve("protocols/2024");
        for (String name : List.of("2024-08-12-signed.pdf", "Thumbs.db", "~$2024-08-12.docx", ".hidden",
                "2024-08-12.md~", "#2024-08-12.md#", "~$24-08-12.md", "._2024-08-12.md")) {
            Files.writeString(year.resolve(name), "x");
        }
        Files.createDirectories(year.resolve(".obsidian"));
        Files.writeString(year.resolve(".obsidian/notes.md"), "# an editor's own\n");
        TestSite.Run run = TestSite.cli("check", "--content", content.content().toString(), "--theme", TestSite.THEME.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("protocols/2024/2024-08-12-signed.pdf:1: warning: the file is not published: no"
                + " protocol lists it under 'attachments' (list it in its protocol's front matter ('attachments:' with"
                + " '- {file: 2024-08-12-signed.pdf, title: ...}'), or move it out of content/)"), run.err());
        assertTrue(run.err().contains("2 warnings;"), "the scan and the seed's two spellings, nothing else: " + run.err());

        Path protocol = year.resolve("2024-08-12.md");
        Files.writeString(protocol, Files.readString(protocol).replaceFirst("\n---\n",
                "\nattachments:\n  - {file: 2024-08-12-signed.pdf, title: Қол қойылған хаттама}\n---\n"));
        run = TestSite.cli("check", "--content", content.content().toString(), "--theme", TestSite.THEME.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("not published"), "listed, it is published: " + run.err());

        // a protocol not built for another attachment's absence still lists the scan: no second, false message about
        // it (--strict, which lists the warnings with the errors)
        Files.writeString(protocol, Files.readString(protocol).replace("title: Қол қойылған хаттама}",
                "title: Қол қойылған хаттама}\n  - {file: 2024-08-12-photo.jpg, title: Фото}"));
        run = TestSite.cli("check", "--strict", "--content", content.content().toString(), "--theme",
                TestSite.THEME.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("the attachment '2024-08-12-photo.jpg' is missing"), run.err());
        assertFalse(run.err().contains("not published"), run.err());
    }

    @Test
    void aProtocolDatedAfterTheBuildDateIsFlagged() throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir);
        LocalDate future = LocalDate.now().plusYears(1).withMonth(3).withDayOfMonth(2);
        Path file = content.content().resolve("protocols/" + future.getYear() + "/" + future + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Files.readString(content.content().resolve("protocols/2024/2024-08-12.md"))
                .replace("2024-08-12", future.toString()));
        TestSite.Run run = TestSite.cli("check", "--content", content.content().toString(), "--theme", TestSite.THEME.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains(future + ".md:3: warning: the protocol is dated " + future + ", after the build date"),
                run.err());
    }

    /** Copied from last month's and dated anew, or named by hand: the file's name no longer says its day. */
    @Test
    void aFileNamedForAnotherDayThanItsProtocolIsAWarning() throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir);
        Path year = content.content().resolve("protocols/2024");
        String august = Files.readString(year.resolve("2024-08-12.md"));
        Files.writeString(year.resolve("2024-09-16.md"), august.replace("date: 2024-08-12", "date: 2024-09-17"));
        Files.writeString(year.resolve("2024-10-7.md"), august.replace("date: 2024-08-12", "date: 2024-10-07"));
        TestSite.Run run = TestSite.cli("check", "--content", content.content().toString(), "--theme", TestSite.THEME.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("protocols/2024/2024-09-16.md:3: warning: the file is named 2024-09-16.md, but the"
                + " protocol is dated 2024-09-17 (rename the file 2024-09-17.md, as 'adal new' names a protocol and"
                + " auditors look for it, or correct the date)"), run.err());
        assertTrue(run.err().contains("protocols/2024/2024-10-7.md:3: warning: the file is named 2024-10-7.md, but the"
                + " protocol is dated 2024-10-07"), run.err());
        assertFalse(run.err().contains("2024-08-12.md:3: warning: the file is named"), run.err());
    }

    /** Copied from last month's, its number left as it was: two protocols of a year with one number. */
    @Test
    void twoProtocolsOfAYearWithOneNumberAreAWarning() throws Exception {
        TestSite.Run run = checkNumbered("2024-09-16", "\"8\"", "2024-10-14", "\"9\"", "2025-01-13", "\"№ 8\"");
        assertTrue(run.err().contains("protocols/2024/2024-09-16.md:" + NUMBER_LINE + ": warning: protocol number 8 of"
                + " 2024 is also protocols/2024/2024-08-12.md's (correct the number of one of them: each protocol of a"
                + " year has its own)"), run.err());
        assertFalse(run.err().contains("2024-10-14.md:" + NUMBER_LINE + ": warning"), run.err());
        assertFalse(run.err().contains("2025-01-13.md:" + NUMBER_LINE + ": warning"), "a new year counts anew");
    }

    /**
     * An auditor checks the register: a number left out (a protocol missing, or a number typed wrong) and a number
     * lower than the one before it are warnings; a year's first number may be any, and a gap across years is none.
     */
    @Test
    void numbersThatLeaveOneOutOrRunAgainstTheDatesAreWarnings() throws Exception {
        TestSite.Run run = checkNumbered("2024-09-16", "\"11\"", "2024-10-14", "\"№ 10\"", "2024-11-11", "\"№ 12\"",
                "2025-01-13", "\"3\"");
        assertTrue(run.err().contains("protocols/2024/2024-09-16.md:" + NUMBER_LINE + ": warning: no protocol of 2024 is"
                + " numbered 9 and 10: this one is numbered 11, the one before it, protocols/2024/2024-08-12.md, 8 (add the"
                + " protocol missing from the register, or correct the number)"), run.err());
        assertTrue(run.err().contains("protocols/2024/2024-10-14.md:" + NUMBER_LINE + ": warning: the protocol is numbered"
                + " 10, but protocols/2024/2024-09-16.md, dated before it, is numbered 11 (the numbers of a year run with"
                + " the dates: correct the number or the date of one of them)"), run.err());
        assertFalse(run.err().contains("2024-11-11.md:" + NUMBER_LINE), "12 follows the highest number before it: " + run.err());
        assertFalse(run.err().contains("2025-01-13.md:" + NUMBER_LINE), "a year's first number may be any: " + run.err());
    }

    /**
     * Checks the minimal site with its August protocol numbered {@code № 8} and copies of it, each given as a date
     * and its number as written in YAML.
     */
    private TestSite.Run checkNumbered(String... datesAndNumbers) throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir);
        Path protocols = content.content().resolve("protocols");
        String august = Files.readString(protocols.resolve("2024/2024-08-12.md"));
        String numbered = august.replace("\ndate: ", "\nnumber: \"№ 8\"\ndate: ");
        assertEquals(NUMBER_LINE, List.of(numbered.split("\n")).indexOf("number: \"№ 8\"") + 1);
        Files.writeString(protocols.resolve("2024/2024-08-12.md"), numbered);
        for (int i = 0; i < datesAndNumbers.length; i += 2) {
            String date = datesAndNumbers[i];
            Path file = protocols.resolve(date.substring(0, 4)).resolve(date + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, numbered.replace("date: 2024-08-12", "date: " + date)
                    .replace("\"№ 8\"", datesAndNumbers[i + 1]));
        }
        TestSite.Run run = TestSite.cli("check", "--content", content.content().toString(), "--theme", TestSite.THEME.toString());
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    /** A protocol 'adal new' wrote builds as a draft; each part still left to fill in is said until it is written. */
    @Test
    void aDraftLeftAsAdalNewWroteItIsFlaggedUntilWritten() throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir);
        String folder = content.content().toString();
        assertEquals(0, TestSite.cli("new", "protocol", "--date", "2024-09-16", "--content", folder).exitCode());
        Path draft = content.content().resolve("protocols/2024/2024-09-16.md");

        TestSite.Run check = TestSite.cli("check", "--content", folder, "--theme", TestSite.THEME.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.err().contains("2024-09-16.md:17: warning: the protocol is a draft: its 'agenda' still reads"
                + " '...', as 'adal new' left it"), check.err());

        Files.writeString(draft, Files.readString(draft).replace("- '...'", "- Семинар"));
        check = TestSite.cli("check", "--strict", "--content", folder, "--theme", TestSite.THEME.toString());
        assertEquals(2, check.exitCode(), "--strict fails on a draft: " + check.err());
        assertTrue(check.err().contains("2024-09-16.md:26: the protocol is a draft: its text still reads '...'"),
                check.err());

        String text = Files.readString(draft);
        Files.writeString(draft, text.substring(0, text.lastIndexOf("---\n") + 4) + "\nСеминар өтті.\n");
        check = TestSite.cli("check", "--content", folder, "--theme", TestSite.THEME.toString());
        assertFalse(check.err().contains("draft"), check.err());
    }

    @Test
    void namesMatchAcrossSpacingDotsAndKazakhLetterLookalikes() {
        PersonNames names = new PersonNames(List.of());
        assertTrue(names.likelySamePerson("Г.М.Жұмабаева", "Г. М. Жумабаева"));
        assertTrue(names.likelySamePerson("И.А.Анафияов", "И.А. Анафияев"));
        assertTrue(names.likelySamePerson("Н.Е.Абуов", "H.E.Aбуов"), "Latin H, E and A typed for the Cyrillic");
        assertTrue(names.likelySamePerson("Ә.Әлиев", "Ə.Əлиев"), "the Latin schwa for ә");
        assertFalse(names.likelySamePerson("И.А.Анафияов", "Н.Е.Абуов"));
        assertFalse(names.likelySamePerson("А.Ли", "А.Ким"), "short names need more than one letter of difference");
    }

    @Test
    void twoDeclaredPeopleAreNeverMerged() {
        PersonNames names = new PersonNames(List.of(new DeclaredPerson("А.Б.Ахметов", "", List.of(), 1),
                new DeclaredPerson("А.Б.Ахметова", "", List.of(), 3)));
        assertFalse(names.likelySamePerson("А.Б.Ахметов", "А.Б.Ахметова"));
        assertTrue(new PersonNames(List.of()).likelySamePerson("А.Б.Ахметов", "А.Б.Ахметова"));
    }
}
