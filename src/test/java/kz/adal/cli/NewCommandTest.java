package kz.adal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adal new protocol}: a date typed the way it is written in Kazakhstan is answered in the form it needs. */
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
        for (String date : new String[] {"31.09.2024", "2024-09-31", "келесі дүйсенбі"}) {
            TestSite.Run run = TestSite.cli("new", "protocol", "--date", date, "--content", content.toString());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("'" + date + "' is not a date written YYYY-MM-DD (e.g. 2024-09-16)"), run.err());
        }
    }
}
