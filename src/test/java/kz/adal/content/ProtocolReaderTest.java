package kz.adal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProtocolReaderTest {

    private static SourceFile seedProtocol() throws Exception {
        return new SourceFile("protocols/2024/2024-08-12.md",
                Files.readString(Path.of("content/protocols/2024/2024-08-12.md")));
    }

    @Test
    void readsTheSeedProtocolsRecord() throws Exception {
        Problems problems = new Problems();
        Protocol p = new ProtocolReader("kk", problems).read(seedProtocol()).orElseThrow();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(LocalDate.of(2024, 8, 12), p.date());
        assertEquals("16:00", p.time().toString());
        assertEquals("Акт залы", p.place());
        assertEquals(new Person("И.А.Анафияов", "комплаенс маманы"), p.secretary());
        assertEquals(List.of(new Person("Н.Е.Абуов", "Директордың м.а.")), p.signedBy());
        assertEquals(Optional.of("87782741545"), p.executor().phone());
        assertEquals(List.of(), p.decisions());
        assertEquals("kk", p.lang());
        assertTrue(p.body().startsWith("\n**Комплаенс маманы"));
        assertEquals(27, p.bodyLine(), "the body starts on the line after the closing --- (line 26)");
        assertEquals("protocols/2024/2024-08-12.html", p.sitePath());
    }

    @Test
    void withoutItsTextAProtocolKeepsItsWholeRecordAndPath() throws Exception {
        Protocol p = new ProtocolReader("kk", new Problems()).read(seedProtocol()).orElseThrow();
        Protocol lean = p.withoutText();
        assertEquals("", lean.body());
        assertEquals("", lean.source().text());
        assertEquals(p.source().path(), lean.source().path());
        assertEquals(p, new Protocol(p.source(), lean.title(), lean.number(), lean.date(), lean.time(), lean.place(),
                lean.city(), lean.organisation(), lean.lang(), lean.attendees(), lean.secretary(), lean.speakers(),
                lean.agenda(), lean.decisions(), lean.signedBy(), lean.executor(), lean.attachments(), p.body(),
                lean.bodyLine()), "every field of the record but the texts is the same");
    }

    @Test
    void yamlTypeGuessingNeverApplies() {
        Problems problems = new Problems();
        String text = "---\ntitle: 2024\ndate: 2024-08-12\ntime: \"09:05\"\nplace: yes\ncity: null city\norganisation: 1e3\n"
                + "attendees:\n  description: no\n  count: 25\nsecretary: {name: A, role: B}\nagenda: [on]\n"
                + "executor: {name: C, phone: 0777}\n---\n";
        Protocol p = new ProtocolReader("kk", problems).read(new SourceFile("protocols/2024/x.md", text)).orElseThrow();
        assertEquals("2024", p.title());
        assertEquals("yes", p.place());
        assertEquals("1e3", p.organisation());
        assertEquals("no", p.attendees().description());
        assertEquals(25, p.attendees().count().getAsInt());
        assertEquals(List.of("on"), p.agenda());
        assertEquals(Optional.of("0777"), p.executor().phone(), "a phone keeps its leading zero");
    }

    /** A valid record of every required field, one per line from line 2: date on 3, time on 4. */
    private static final String RECORD = "---\ntitle: a\ndate: 2024-09-16\ntime: \"16:00\"\nplace: p\ncity: c\n"
            + "organisation: o\nattendees: {description: d}\nsecretary: {name: A, role: B}\nagenda: [x]\n"
            + "executor: {name: C}\n---\n";

    /** The one problem reading {@code text} finds, which leaves no protocol. */
    private static Problem onlyProblemOf(String text) {
        Problems problems = new Problems();
        assertTrue(new ProtocolReader("kk", problems).read(new SourceFile("protocols/2024/x.md", text)).isEmpty());
        assertEquals(1, problems.count(), problems.sorted().toString());
        return problems.sorted().get(0);
    }

    /** 16.09.2024 is how the date is written on paper here: the fix names the same day as the field needs it. */
    @Test
    void aDateWrittenDayFirstIsAnsweredWithTheSameDayAsTheFieldNeedsIt() {
        for (String written : List.of("16.09.2024", "16/9/2024")) {
            Problem problem = onlyProblemOf(RECORD.replace("date: 2024-09-16", "date: " + written));
            assertEquals(3, problem.line());
            assertEquals("'" + written + "' is not a date", problem.message());
            assertEquals("write the day as YYYY-MM-DD: 'date: 2024-09-16'", problem.fix());
        }
    }

    /** A day the calendar lacks is a slip of the day, not of the form: the error says what the month has. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-09-31 | September 2024 has 30 days",
        "31.09.2024 | September 2024 has 30 days",
        "2023-02-29 | February 2023 has 28 days",
        "2024-13-01 | there is no month 13",
        "2024-08-00 | August 2024 has 31 days"})
    void aDayTheCalendarLacksIsSaidSo(String written, String why) {
        Problem problem = onlyProblemOf(RECORD.replace("date: 2024-09-16", "date: " + written));
        assertEquals(3, problem.line());
        assertEquals("'" + written + "' is not a date: " + why, problem.message());
        assertEquals("check the day against the signed protocol and write it as YYYY-MM-DD, e.g. 'date: 2024-08-12'",
                problem.fix());
    }

    @Test
    void theLeapDayOfALeapYearIsADay() {
        Problems problems = new Problems();
        String text = RECORD.replace("date: 2024-09-16", "date: 2024-02-29");
        assertTrue(new ProtocolReader("kk", problems).read(new SourceFile("protocols/2024/x.md", text)).isPresent(),
                problems.sorted().toString());
    }

    @Test
    void aTimeWrittenAnotherCommonWayIsAnsweredAsHhMm() {
        for (String written : List.of("9:30", "09.30", "9-30", "09:30:00", "25:30", "half past nine")) {
            Problem problem = onlyProblemOf(RECORD.replace("time: \"16:00\"", "time: \"" + written + "\""));
            assertEquals(4, problem.line());
            assertEquals("'" + written + "' is not a time of day", problem.message());
            assertEquals(written.startsWith("25") || written.startsWith("half")
                    ? "write it as HH:MM in quotes, e.g. 'time: \"16:00\"'"
                    : "write it as HH:MM in quotes: 'time: \"09:30\"'", problem.fix());
        }
    }

    /** Word turns straight quotes into “ ” or « » as one types: YAML keeps those, so the time is no time. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "time: “16:00”   | 4 | '“16:00”' is not a time of day: it is in the quotes Word types (“ ”), which YAML keeps as"
            + " part of the value | write it as HH:MM in straight quotes: 'time: \"16:00\"'",
        "time: «9.30»    | 4 | '«9.30»' is not a time of day: it is in the quotes Word types (« »), which YAML keeps as"
            + " part of the value | write it as HH:MM in straight quotes: 'time: \"09:30\"'",
        "date: “2024-09-16” | 3 | '“2024-09-16”' is not a date: it is in the quotes Word types (“ ”), which YAML keeps"
            + " as part of the value | write the day as YYYY-MM-DD, without quotes: 'date: 2024-09-16'",
        "date: «16.09.2024» | 3 | '«16.09.2024»' is not a date: it is in the quotes Word types (« »), which YAML keeps"
            + " as part of the value | write the day as YYYY-MM-DD, without quotes: 'date: 2024-09-16'"})
    void aTimeOrDateInWordsQuotesIsAnsweredWithStraightOnes(String line, int at, String message, String fix) {
        String field = line.substring(0, line.indexOf(':'));
        String text = RECORD.replaceFirst("(?m)^" + field + ": .*$", java.util.regex.Matcher.quoteReplacement(line));
        assertEquals(new Problem("protocols/2024/x.md", at, message, fix), onlyProblemOf(text));
    }

    /**
     * KZ, Kazakhstan's country code, is what the Kazakh language is often taken to be; a language's name is answered
     * with its code, and only kz with the country.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kz | unknown language 'kz': 'kz' is Kazakhstan's country code; the Kazakh language's is 'kk'",
        "KK | unknown language 'KK': the code is written in small letters",
        "орысша | unknown language 'орысша': the Russian language's code is 'ru'",
        "қаз | unknown language 'қаз': the Kazakh language's code is 'kk'",
        "Казахский | unknown language 'Казахский': the Kazakh language's code is 'kk'",
        "en | unknown language 'en'"})
    void aLanguageCodeThatIsNoneIsAnsweredWithTheOneMeant(String written, String message) {
        Problem problem = onlyProblemOf(RECORD.replace("executor: {name: C}", "executor: {name: C}\nlang: " + written));
        assertEquals(new Problem("protocols/2024/x.md", 12, message, "write 'lang: kk' or 'lang: ru'"), problem);
    }

    /** A slip of YAML's syntax, mended, leaves the fields to be read: their own problems come in the same run. */
    @Test
    void theFieldsOfABlockWithASlipAreCheckedInTheSameRun() {
        Problems problems = new Problems();
        String text = RECORD.replace("place: p", "place:p").replace("time: \"16:00\"", "time: 4 pm");
        assertTrue(new ProtocolReader("kk", problems).read(new SourceFile("protocols/2024/x.md", text)).isEmpty());
        assertEquals(List.of(4, 5), problems.sorted().stream().map(Problem::line).toList(), problems.sorted().toString());
        assertEquals("'4 pm' is not a time of day", problems.sorted().get(0).message());
        assertEquals("YAML syntax error: no space after the colon of 'place'", problems.sorted().get(1).message());
    }

    /** A quoted value may go on to a line that begins with a no-break space: that line reads, and is no slip. */
    @Test
    void aQuotedValueGoingOnToALineThatBeginsWithANoBreakSpaceIsNoSlip() {
        Problems problems = new Problems();
        String text = RECORD.replace("title: a", "title: \"Хаттама\n\u00a0Ескерту: бар\"");
        Optional<Protocol> protocol = new ProtocolReader("kk", problems).read(new SourceFile("protocols/2024/x.md", text));
        assertEquals(List.of(), problems.sorted());
        assertEquals("Хаттама \u00a0Ескерту: бар", protocol.orElseThrow().title());
    }

    /**
     * A no-break space pasted before a field makes YAML read the line as another field (" role" beside secretary,
     * whose role is then missing): said once, as the slip it is, with the line as it should read, indentation and all.
     */
    static Stream<Arguments> linesIndentedWithANoBreakSpace() {
        return Stream.of(
                Arguments.of("secretary: {name: A, role: B}", "secretary:\n  name: A\n\u00a0 role: B", 11,
                        "a no-break space (U+00A0) in the indentation",
                        "indent it with ordinary spaces, as the lines like it: '  role: B'"),
                Arguments.of("secretary: {name: A, role: B}", "secretary:\n\u00a0\u00a0name: A\n  role: B", 10,
                        "a no-break space (U+00A0) in the indentation",
                        "indent it with ordinary spaces, as the lines like it: '  name: A'"),
                Arguments.of("place: p", "\u202fplace: p", 5,
                        "a narrow no-break space (U+202F) at the start of the line", "delete it: 'place: p'"),
                Arguments.of("agenda: [x]", "agenda:\n  - x\n\u00a0 - y", 12, "a no-break space (U+00A0) in the indentation",
                        "indent it with ordinary spaces, as the lines like it: '  - y'"));
    }

    @ParameterizedTest
    @MethodSource("linesIndentedWithANoBreakSpace")
    void aLineIndentedWithANoBreakSpaceIsOneSlipMended(String field, String pasted, int line, String what, String fix) {
        Problems problems = new Problems();
        String text = RECORD.replace(field, pasted);
        new ProtocolReader("kk", problems).read(new SourceFile("protocols/2024/x.md", text));
        assertEquals(List.of(new Problem("protocols/2024/x.md", line, "YAML syntax error: " + what + ", which YAML does"
                + " not read as a space (it comes with text pasted from Word or a web page)", fix)), problems.sorted());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0      | a count of 0 attendees: the protocol records an event nobody attended "
            + "| write how many people attended, or leave 'count' out if nobody counted them",
        "25 адам | '25 адам' is not a number of people | write the number alone: 'count: 25'",
        "32 человека | '32 человека' is not a number of people | write the number alone: 'count: 32'",
        "жиырма | 'жиырма' is not a number of people | write a whole number, e.g. 'count: 25'"})
    void anAttendeeCountThatIsNoNumberOfPeopleIsNamedAtItsLine(String written, String message, String fix) {
        Problem problem = onlyProblemOf(RECORD.replace("{description: d}", "{description: d, count: " + written + "}"));
        assertEquals(8, problem.line());
        assertEquals(message, problem.message());
        assertEquals(fix, problem.fix());
    }

    @Test
    void yamlSyntaxErrorsNameTheirLine() {
        Problems problems = new Problems();
        String text = "---\ntitle: a\ndate: 2024-08-12\n  time: [\n---\nbody\n";
        assertTrue(new ProtocolReader("kk", problems).read(new SourceFile("protocols/2024/x.md", text)).isEmpty());
        Problem problem = problems.sorted().get(0);
        assertTrue(problem.message().startsWith("YAML syntax error"), problem.toString());
        assertTrue(problem.line() >= 3 && problem.line() <= 5, problem.toString());
    }

    @Test
    void unknownFieldsSuggestTheClosestName() {
        assertEquals(1, EditDistance.of("secretery", "secretary"));
        assertEquals(3, EditDistance.of("", "abc"));
    }
}
