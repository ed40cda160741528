package kz.adal.content;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a date written in figures names no day: a day past its month's end (2024-09-31, 31.09.2024), a month past
 * 12. Said with the error, so that the author looks at the day rather than at how it is written.
 */
public final class ImpossibleDay {
    private static final Pattern YEAR_FIRST = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");

    private ImpossibleDay() {
    }

    /** Why {@code value}, written YYYY-MM-DD or day first, names no day; nothing when it does or is not so written. */
    public static Optional<String> in(String value) {
        String written = value.strip();
        Matcher yearFirst = YEAR_FIRST.matcher(written);
        if (yearFirst.matches()) {
            return why(number(yearFirst, 1), number(yearFirst, 2), number(yearFirst, 3));
        }
        Matcher dayFirst = DayFirstDate.DAY_MONTH_YEAR.matcher(written);
        if (dayFirst.matches()) {
            return why(number(dayFirst, 3), number(dayFirst, 2), number(dayFirst, 1));
        }
        return Optional.empty();
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<String> why(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return Optional.of("there is no month " + month);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            return Optional.of(Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                    + yearMonth.lengthOfMonth() + " days");
        }
        return Optional.empty();
    }
}
