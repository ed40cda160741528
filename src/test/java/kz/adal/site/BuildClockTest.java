package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The build's date: SOURCE_DATE_EPOCH when set, so that builds repeat byte for byte; a malformed one is an error. */
class BuildClockTest {

    @Test
    void sourceDateEpochSetsTheDateInKazakhstan() {
        // 19:00 UTC on 31 December is already 1 January in Kazakhstan (UTC+5)
        assertEquals(LocalDate.of(2025, 1, 1), BuildClock.of("1735671600").today());
        assertEquals(Instant.EPOCH, BuildClock.of("0").instant());
    }

    @Test
    void unsetOrEmptyIsNow() {
        for (String epoch : new String[] {null, ""}) {
            assertTrue(Duration.between(BuildClock.of(epoch).instant(), Instant.now()).abs().getSeconds() < 60);
        }
    }

    @Test
    void aValueThatIsNoTimeStopsTheBuild() {
        for (String epoch : new String[] {"abc", "-5", "1.7e9", " 1735671600", "99999999999999", "253402300800"}) {
            BuildClock.InvalidEpoch e = assertThrows(BuildClock.InvalidEpoch.class, () -> BuildClock.of(epoch), epoch);
            assertTrue(e.getMessage().startsWith("SOURCE_DATE_EPOCH is '" + epoch + "', not a whole number of seconds"),
                    e.getMessage());
        }
        assertEquals(Instant.parse("9999-12-31T23:59:59Z"), BuildClock.of("253402300799").instant());
    }
}
