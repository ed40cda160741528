package kz.adal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.adal.site.BuildClock;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code adal new protocol}: the day given as a word of its own or as {@code --date}; a date typed the way it is
 * written in Kazakhstan is answered in the form it needs.
 */
class NewCommandTest {

    @Test
    void aDateWrittenDayFirstIsAnsweredWithItsYearFirstForm(@TempDir Path dir) {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        TestSite.Run run = TestSite.cli("new", "protocol", "--date", "16.09.2024", "--content", content.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("Invalid value for option '--date': '16.09.2024' is not written YYYY-MM-DD:"
                + " did you mean 2024-09-16?"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(content.resolve("protocols/2024/2024-09-16.md")));
    }

    @Test
    void aDateNotInTheCalendarIsNamed(@TempDir Path dir) {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        for (String date : new String[] {"31.09.2024", "2024-09-31"}) {
            TestSite.Run run = TestSite.cli("new", "protocol", "--date", date, "--content", content.toString());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("'" + date + "' is not a date: September 2024 has 30 days"), run.err());
        }
        TestSite.Run words = TestSite.cli("new", "protocol", "--date", "келесі дүйсенбі",
                "--content", content.toString());
        assertEquals(2, words.exitCode(), words.err());
        assertTrue(words.err().contains("'келесі дүйсенбі' is not a date written YYYY-MM-DD (e.g. 2024-09-16)"),
                words.err());
    }

    @Test
    void theDayIsGivenAsAWordOfItsOwnOrAsAnOption(@TempDir Path dir) {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        TestSite.Run run = TestSite.cli("new", "protocol", "2024-09-16", "--content", content.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(content.resolve("protocols/2024/2024-09-16.md")), run.err());
        run = TestSite.cli("new", "protocol", "--date", "2024-10-14", "--content", content.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(content.resolve("protocols/2024/2024-10-14.md")), run.err());
    }

    @Test
    void aDayTypedAsAWordOfItsOwnIsCheckedAsTheOption(@TempDir Path dir) {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        TestSite.Run run = TestSite.cli("new", "protocol", "16.09.2024", "--content", content.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("'16.09.2024' is not written YYYY-MM-DD: did you mean 2024-09-16?"), run.err());
        assertFalse(Files.exists(content.resolve("protocols/2024/2024-09-16.md")));
    }

    @Test
    void noDayOrTwoDaysAreAskedAbout(@TempDir Path dir) {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        TestSite.Run none = TestSite.cli("new", "protocol", "--content", content.toString());
        assertEquals(2, none.exitCode(), none.err());
        assertTrue(none.err().contains("which day was the event? Give it as YYYY-MM-DD, today's for example: adal new"
                + " protocol " + BuildClock.fromEnvironment().today()), none.err());
        TestSite.Run two = TestSite.cli("new", "protocol", "2024-09-16", "--date", "2024-09-17",
                "--content", content.toString());
        assertEquals(2, two.exitCode(), two.err());
        assertTrue(two.err().contains("two days given, 2024-09-16 and --date 2024-09-17"), two.err());
        assertFalse(Files.exists(content.resolve("protocols/2024/2024-09-16.md")), "nothing written");
        assertFalse(Files.exists(content.resolve("protocols/2024/2024-09-17.md")), "nothing written");
    }

    /**
     * The day was typed a moment ago: a month that has its protocol already, or a day after today (a year mistyped,
     * 2042 for 2024), is said at once, not at the next check; the file is written, since either may be meant.
     */
    @Test
    void aSecondProtocolOfAMonthOrADayAfterTodayIsSaidAtOnce(@TempDir Path dir) {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        TestSite.Run second = TestSite.cli("new", "protocol", "2024-08-26", "--content", content.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(Files.exists(content.resolve("protocols/2024/2024-08-26.md")));
        assertTrue(second.err().contains("note: 2024-08 has a protocol already, protocols/2024/2024-08-12.md (one"
                + " training event a month is expected: is the day right?)"), second.err());

        TestSite.Run later = TestSite.cli("new", "protocol", "9024-09-16", "--content", content.toString());
        assertEquals(0, later.exitCode(), later.err());
        assertTrue(later.err().contains("note: 9024-09-16 is after today, "), later.err());
        assertTrue(later.err().contains("(is the year right?)"), later.err());

        TestSite.Run next = TestSite.cli("new", "protocol", "2024-09-16", "--content", content.toString());
        assertFalse(next.err().contains("note:"), "next month's protocol, on a day gone by: nothing to say");
    }
}
