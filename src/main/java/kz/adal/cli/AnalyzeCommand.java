package kz.adal.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import kz.adal.search.analysis.AdalAnalyzer;
import kz.adal.search.analysis.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code adal analyze --field NAME}: one input line in, one line of that field's terms out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Reads one word or phrase per line on stdin; prints each line's terms, space-separated.")
final class AnalyzeCommand implements Callable<Integer> {
    @Option(names = "--field", required = true, paramLabel = "NAME",
            description = "kk (Kazakh stemmed terms), ru (Russian tie-break) or folded (Russian-keyboard letters)")
    AdalAnalyzer.Chain field;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AdalAnalyzer analyzer = new AdalAnalyzer(field);
        var out = spec.commandLine().getOut();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            out.println(String.join(" ", Analysis.terms(analyzer, line)));
        }
        out.flush();
        return 0;
    }
}
