package kz.adal.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kz.adal.content.DayFirstDate;
import kz.adal.content.ImpossibleDay;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The day of an event as YYYY-MM-DD; a date written the way it is in Kazakhstan, 12.09.2024, is answered with its
 * YYYY-MM-DD form rather than a parser's exception.
 */
final class EventDate implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(DayFirstDate.meant(value)
                    .map(meant -> "'" + value + "' is not written YYYY-MM-DD: did you mean " + meant + "?")
                    .or(() -> ImpossibleDay.in(value).map(why -> "'" + value + "' is not a date: " + why))
                    .orElse("'" + value + "' is not a date written YYYY-MM-DD (e.g. 2024-09-16)"));
        }
    }
}
