package kz.adal.cli;

import java.util.concurrent.Callable;
import kz.adal.content.ContentException;
import kz.adal.site.Build;
import kz.adal.site.BuildClock;
import kz.adal.site.SiteOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code adal check}: everything a build checks, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validates the content; writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--strict", description = "treat consistency warnings as errors")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        try {
            Build build = new Build(site.content, site.theme, BuildClock.fromEnvironment()).strict(strict);
            SiteOutput output = build.check();
            ProblemReport.warn(build.warnings(), err);
            err.println("adal: content is valid (" + output.pages() + " pages)");
            return 0;
        } catch (ContentException e) {
            return ProblemReport.print(e, site.theme, err);
        }
    }
}
