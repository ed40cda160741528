package kz.adal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    private static Problem reported(String yaml) {
        Problems problems = new Problems();
        try {
            new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
            throw new AssertionError("valid YAML: " + yaml);
        } catch (MarkedYAMLException e) {
            YamlSyntaxError.report("p.md", yaml, 10, e, "the fix given", problems);
        }
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }
}
