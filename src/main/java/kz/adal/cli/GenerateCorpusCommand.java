package kz.adal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.adal.corpus.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code adal generate-corpus}: a large valid content folder for benchmarks; never writes into content/. */
@Command(name = "generate-corpus", mixinStandardHelpOptions = true,
        description = "Writes a new content folder with N generated protocols, for benchmarks and tests.")
final class GenerateCorpusCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TARGET", description = "folder to create; must not exist")
    Path target;

    @Option(names = "--protocols", paramLabel = "N", defaultValue = "1000", description = "how many (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--from", paramLabel = "DIR", defaultValue = "content", description = "where the concept and site.yml come from")
    Path from;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--protocols must be at least 1, not " + count);
        }
        if (Files.exists(target)) {
            throw new ParameterException(spec.commandLine(), target + " already exists: the generator never overwrites"
                    + " a folder; name a new one");
        }
        if (!Files.isRegularFile(from.resolve("site.yml")) || !Files.isDirectory(from.resolve("concept"))) {
            throw new ParameterException(spec.commandLine(), from.toAbsolutePath() + " is not a content folder (no"
                    + " site.yml and concept/): run from the repository's root or give --from CONTENT_DIR");
        }
        new CorpusGenerator(from, seed).generate(target, count);
        return 0;
    }
}
