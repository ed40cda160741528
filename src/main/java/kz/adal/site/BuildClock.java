package kz.adal.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The build's date. Taken from SOURCE_DATE_EPOCH when set, so that two builds of the same input are identical;
 * dates are those of Kazakhstan.
 */
public record BuildClock(Instant instant) {
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    /** The last second a date of four digits can show: a larger SOURCE_DATE_EPOCH is a slip of the keyboard. */
    private static final long LAST_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    /** SOURCE_DATE_EPOCH, which says a time in seconds since 1970 that does not fit one. */
    public static final class InvalidEpoch extends IllegalArgumentException {
        private InvalidEpoch(String epoch) {
            super("SOURCE_DATE_EPOCH is '" + epoch + "', not a whole number of seconds since 1970 up to the year 9999"
                    + " (unset it, or set it to the time the build should show, e.g. SOURCE_DATE_EPOCH=$(git log -1"
                    + " --format=%ct))");
        }
    }

    public static BuildClock fromEnvironment() {
        return of(System.getenv("SOURCE_DATE_EPOCH"));
    }

    /**
     * The clock SOURCE_DATE_EPOCH sets ({@code epoch}), or now when it is unset or empty. A malformed value stops the
     * build, as reproducible builds ask: a build silently dated now would not be the one the auditors compare.
     */
    public static BuildClock of(String epoch) {
        if (epoch == null || epoch.isEmpty()) {
            return new BuildClock(Instant.now());
        }
        if (!epoch.matches("\\d{1,18}") || Long.parseLong(epoch) > LAST_SECOND) {
            throw new InvalidEpoch(epoch);
        }
        return new BuildClock(Instant.ofEpochSecond(Long.parseLong(epoch)));
    }

    public LocalDate today() {
        return instant.atZone(ZONE).toLocalDate();
    }
}
