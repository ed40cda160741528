package kz.adal.cli;

import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
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
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (CharacterCodingException e) {
            throw new ParameterException(spec.commandLine(), file + " is not UTF-8 text (save the list as UTF-8)");
        }
        List<StemmerEvaluation.Form> forms = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] columns = line.split("\t");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (columns.length < 2 || columns[0].isBlank() || columns[1].isBlank()) {
                // a figure computed without some pairs would be reported as if it were the list's
                problems.add(file + ":" + (i + 1) + ": not a 'form<TAB>lemma' line (separate the form from its lemma"
                        + " with a tab; '#' starts a comment)");
            } else {
                forms.add(new StemmerEvaluation.Form(columns[0].strip(), columns[1].strip()));
            }
        }
        if (forms.isEmpty() && problems.isEmpty()) {
            problems.add(file + ":1: no 'form<TAB>lemma' line to evaluate");
        }
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(problem -> err.println("adal: " + problem));
            err.flush();
            return Main.EXIT_CONTENT;
        }
        AdalAnalyzer kk = new AdalAnalyzer(AdalAnalyzer.Chain.KK);
        StemmerEvaluation result = StemmerEvaluation.of(forms, form -> String.join(" ", Analysis.terms(kk, form)));
        spec.commandLine().getOut().println(forms.size() + " forms: " + result);
        return 0;
    }
}
