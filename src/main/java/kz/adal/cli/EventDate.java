package kz.adal.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --date} as YYYY-MM-DD; a date written the way it is in Kazakhstan, 12.09.2024, is answered with its
 * YYYY-MM-DD form rather than a parser's exception.
 */
final class EventDate implements ITypeConverter<LocalDate> {
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{4})");

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            Matcher dayFirst = DAY_MONTH_YEAR.matcher(value);
            if (dayFirst.matches()) {
                try {
                    LocalDate meant = LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                            Integer.parseInt(dayFirst.group(1)));
                    throw new TypeConversionException("'" + value + "' is not written YYYY-MM-DD: did you mean " + meant + "?");
                } catch (DateTimeException notADay) {
                    // falls through to the general answer: 31.09.2024 is no day either way
                }
            }
            throw new TypeConversionException("'" + value + "' is not a date written YYYY-MM-DD (e.g. 2024-09-16)");
        }
    }
}
