package kz.adal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** YAML syntax errors said at the line an author fixes, with the fix. */
class YamlSyntaxErrorTest {
    @Test
    void anUnclosedQuoteIsReportedWhereItOpensNotAtTheEndOfTheBlock() {
        Problem problem = reported("title: Хаттама\nagenda:\n  - 'Семинар\nexecutor:\n  name: И.А. Анафияев\n");
        assertEquals(new Problem("p.md", 12, "YAML syntax error: a quoted value is not closed",
                "close the quote: '- 'Семинар''"), problem, "line 3 of a block that starts at line 10");
    }

    @Test
    void aWindowsPathInDoubleQuotesIsExplained() {
        Problem problem = reported("title: Хаттама\nplace: \"C:\\docs\\акт\"\n");
        assertEquals(11, problem.line());
        assertTrue(problem.message().startsWith("YAML syntax error: found unknown escape character d(100)"
                + " (in double quotes a backslash starts an escape"), problem.message());
        assertTrue(problem.fix().contains("single quotes"), problem.fix());
    }

    @Test
    void anotherErrorNamesTheLineOfWhatItInterrupted() {
        Problem problem = reported("title: Хаттама\nagenda: [Семинар, Кеңес\ndecisions: []\n");
        assertEquals(12, problem.line(), "where the parser gave up");
        assertTrue(problem.message().endsWith(", while parsing a flow sequence begun on line 11"), problem.message());
        assertEquals("the fix given", problem.fix());
    }

    /** Each slip with its line (the block starts at line 10) and the line as it should read. */
    static Stream<Arguments> slipsOfTyping() {
        return Stream.of(
                Arguments.of("title: Хаттама\nsecretary:\n\tname: И.А.Анафияов\n", 12,
                        "the line is indented with a tab, which YAML does not allow",
                        "indent it with spaces, as many as the lines like it above: '  name: И.А.Анафияов'"),
                // SnakeYAML stops at the line after this one, and the next two
                Arguments.of("title: Хаттама\nplace:Акт залы\ncity: Сергеевка қаласы\n", 11,
                        "no space after the colon of 'place'", "write a space after the colon: 'place: Акт залы'"),
                Arguments.of("title: Хаттама\nsigned_by:\n  -name: Н.Е.Абуов\n    role: Директордың м.а.\n", 12,
                        "no space after the dash that starts a list entry", "write a space after the dash: '- name: Н.Е.Абуов'"),
                // text pasted from Word or a web page brings no-break spaces
                Arguments.of("title: Хаттама\nplace:\u00a0Акт залы\ncity: Сергеевка қаласы\n", 11,
                        "a no-break space (U+00A0) after the colon of 'place', which YAML does not read as a space"
                        + " (it comes with text pasted from Word or a web page)",
                        "type an ordinary space there: 'place: Акт залы'"),
                Arguments.of("title: Хаттама\nsigned_by:\n  -\u202fname: Н.Е.Абуов\n    role: Директордың м.а.\n", 12,
                        "a narrow no-break space (U+202F) after the dash that starts a list entry, which YAML does not"
                        + " read as a space (it comes with text pasted from Word or a web page)",
                        "type an ordinary space there: '- name: Н.Е.Абуов'"),
                Arguments.of("title: Хаттама\nagenda:\n  - Семинар\n\u00a0 - Кеңес\ndecisions: []\n", 13,
                        "a no-break space (U+00A0) in the indentation, which YAML does not read as a space"
                        + " (it comes with text pasted from Word or a web page)",
                        "type an ordinary space there: '- Кеңес'"),
                Arguments.of("title: Хаттама\nplace: Акт залы: 2 қабат\n", 11,
                        "the value holds ': ', which YAML reads as the start of another field",
                        "put the value in quotes: 'place: \"Акт залы: 2 қабат\"'"));
    }

    @ParameterizedTest
    @MethodSource("slipsOfTyping")
    void aSlipOfTypingIsNamedAtItsOwnLineWithTheLineAsItShouldRead(String yaml, int line, String what, String fix) {
        assertEquals(new Problem("p.md", line, "YAML syntax error: " + what, fix), reported(yaml));
    }

    /** SnakeYAML stops at the first; each slip mended, the block is read again, and the next one is found. */
    @Test
    void everySlipOfABlockIsReportedInOneRun() {
        List<Problem> all = allReported("title: Хаттама\nplace:Акт залы\ncity: Сергеевка қаласы\n"
                + "organisation: Аудандық аурухана: емхана\nsigned_by:\n  -name: Н.Е.Абуов\n    role: Директордың м.а.\n"
                + "agenda:\n  - 'Семинар\n");
        assertEquals(List.of(
                new Problem("p.md", 11, "YAML syntax error: no space after the colon of 'place'",
                        "write a space after the colon: 'place: Акт залы'"),
                new Problem("p.md", 13, "YAML syntax error: the value holds ': ', which YAML reads as the start of"
                        + " another field", "put the value in quotes: 'organisation: \"Аудандық аурухана: емхана\"'"),
                new Problem("p.md", 15, "YAML syntax error: no space after the dash that starts a list entry",
                        "write a space after the dash: '- name: Н.Е.Абуов'"),
                new Problem("p.md", 18, "YAML syntax error: a quoted value is not closed",
                        "close the quote: '- 'Семинар''")), all);
    }

    /** A tab stands for an unknown number of spaces: what follows it is not read again, so nothing is made up. */
    @Test
    void afterATabOrAnErrorOfAnotherKindNothingMoreIsReported() {
        assertEquals(1, allReported("title: Хаттама\nsecretary:\n\tname: И.А.Анафияов\nplace:Акт залы\n").size());
        assertEquals(1, allReported("title: Хаттама\nagenda: [Семинар, Кеңес\ndecisions: []\nplace:Акт залы\n").size());
    }

    @Test
    void aUrlInAValueThatGoesOnFromTheLineBeforeIsNoSlip() {
        Problem problem = reported("title: Хаттама\n  http://portal.example.kz\ncity Сергеевка\ndate: 2024-08-12\n");
        assertTrue(problem.message().startsWith("YAML syntax error: could not find expected ':'"), problem.message());
        assertEquals("the fix given", problem.fix());
    }

    private static Problem reported(String yaml) {
        List<Problem> all = allReported(yaml);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static List<Problem> allReported(String yaml) {
        Problems problems = new Problems();
        try {
            new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
            throw new AssertionError("valid YAML: " + yaml);
        } catch (MarkedYAMLException e) {
            YamlSyntaxError.report("p.md", yaml, 10, e, "the fix given", problems);
        }
        return problems.sorted();
    }
}
