package kz.adal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.adal.content.ContentException;
import kz.adal.site.Build;
import kz.adal.site.BuildClock;
import kz.adal.site.BuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code adal build}: content in, a finished site out, or nothing changed. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site. On any content problem the previous site is left as it was.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path output = Path.of("site");

    @Option(names = "--strict", description = "treat consistency warnings (a name spelled two ways, a protocol without"
            + " signature, two protocols in a month, a date in the future) as errors")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        err.println("adal: building " + site.content + " into " + output);
        err.flush();
        try {
            Build build = new Build(site.content, site.theme, BuildClock.fromEnvironment(),
                    stage -> err.println("adal:   " + stage)).strict(strict);
            BuildResult result = build.run(output);
            ProblemReport.warn(build.warnings(), err);
            err.println("adal: " + result.summary());
            return 0;
        } catch (ContentException e) {
            return ProblemReport.print(e, site.theme, err);
        }
    }
}
