package kz.adal.search.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Kazakh stemmer on forms nobody here wrote (see {@link HunspellForms}), so that a rule tuned on the project's
 * own lists cannot quietly cost the words those lists do not hold. The bounds sit a little under what the stemmer
 * scores (README, "Search from the command line").
 */
class KazakhStemmerHunspellTest {

    @Test
    void keepsItsRecallAndPrecisionOnTheHunspellDictionarysForms() throws Exception {
        assertTrue(HunspellForms.installed(), "needs Debian's Hunspell dictionary for Kazakh in " + HunspellForms.FOLDER
                + ": apt-get install -y hunspell-kk (.ci/run does), or set ADAL_HUNSPELL_KK to the folder of kk_KZ.dic");
        List<StemmerEvaluation.Form> forms = HunspellForms.sample(1, 1000);
        StemmerEvaluation result = StemmerEvaluation.of(forms, KazakhStemmer.STANDARD::stem);
        System.out.println("Kazakh stemmer on " + forms.size() + " forms of 1,000 Hunspell entries: " + result);
        assertTrue(forms.size() > 20_000, "the sample holds " + forms.size() + " forms");
        assertTrue(result.recall() >= 0.80, result.toString());
        assertTrue(result.precision() >= 0.93, result.toString());
    }
}
