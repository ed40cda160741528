package kz.adal.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date written day first, as Kazakhstan writes it (12.08.2024), read for the YYYY-MM-DD form to suggest. */
public final class DayFirstDate {
    /** 12.08.2024 or 12/8/2024, as dates are written on paper here. */
    static final Pattern DAY_MONTH_YEAR = Pattern.compile("([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{4})");

    private DayFirstDate() {
    }

    /** The day {@code value} names when written day first; nothing when it is not so written or names no day. */
    public static Optional<LocalDate> meant(String value) {
        Matcher m = DAY_MONTH_YEAR.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
