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

    public static BuildClock fromEnvironment() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return new BuildClock(Instant.ofEpochSecond(Long.parseLong(epoch)));
        }
        return new BuildClock(Instant.now());
    }

    public LocalDate today() {
        return instant.atZone(ZONE).toLocalDate();
    }
}
