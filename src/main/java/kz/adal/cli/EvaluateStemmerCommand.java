package kz.adal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.adal.search.analysis.AdalAnalyzer;
import kz.adal.search.analysis.Analysis;
import kz.adal.search.analysis.StemmerEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code adal evaluate-stemmer FILE}: pair recall and precision of the kk field on a list of (form, lemma). */
@Command(name = "evaluate-stemmer", mixinStandardHelpOptions = true,
        description = "Reads lines 'form<TAB>lemma' ('#' starts a comment) and prints the kk field's pair recall and precision.")
final class EvaluateStemmerCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), file + ": no such file (give a file of lines"
                    + " 'form<TAB>lemma')");
        }
        List<StemmerEvaluation.Form> forms = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] columns = line.split("\t");
            if (!line.startsWith("#") && columns.length >= 2) {
                forms.add(new StemmerEvaluation.Form(columns[0].strip(), columns[1].strip()));
            }
        }
        AdalAnalyzer kk = new AdalAnalyzer(AdalAnalyzer.Chain.KK);
        StemmerEvaluation result = StemmerEvaluation.of(forms, form -> String.join(" ", Analysis.terms(kk, form)));
        spec.commandLine().getOut().println(forms.size() + " forms: " + result);
        return 0;
    }
}
