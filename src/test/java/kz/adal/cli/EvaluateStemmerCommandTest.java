package kz.adal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adal evaluate-stemmer FORMS.tsv}: the figures the README reports, in a form a script can read anywhere. */
class EvaluateStemmerCommandTest {

    @Test
    void printsPairRecallAndPrecisionOfTheSeedWordList() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("kk-KZ"));
            String forms = TestSite.RESOURCES.resolve("search/kazakh-forms.tsv").toString();
            TestSite.Run run = TestSite.cli("evaluate-stemmer", forms);
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("204 forms: recall 1.000 (320 of 320 same-lemma pairs), precision 0.997 (320 of 321 merged pairs)\n",
                    run.out());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingListIsAUsageError() {
        TestSite.Run run = TestSite.cli("evaluate-stemmer", "no-such-forms.tsv");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("no-such-forms.tsv: no such file"), run.err());
    }

    @Test
    void aLineThatIsNoPairIsNamedRatherThanLeftOutOfTheFigures(@TempDir Path dir) throws IOException {
        Path forms = dir.resolve("forms.tsv");
        Files.writeString(forms, "# form<TAB>lemma\nжемқорлыққа\tжемқорлық\nжемқорлықтың жемқорлық\n\nзаңның\tзаң\n");
        TestSite.Run run = TestSite.cli("evaluate-stemmer", forms.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("adal: " + forms + ":3: not a 'form<TAB>lemma' line (separate the form from its lemma with a tab;"
                + " '#' starts a comment)\n", run.err());
        assertEquals("", run.out());
    }
}
