package kz.adal.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.adal.content.ContentException;
import kz.adal.content.Problem;
import kz.adal.markdown.RenderCache;
import kz.adal.serve.LiveState;
import kz.adal.serve.PreviewServer;
import kz.adal.serve.SourceWatcher;
import kz.adal.site.Build;
import kz.adal.site.BuildClock;
import kz.adal.site.BuildResult;
import kz.adal.site.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code adal serve}: the author's preview, rebuilt on every save, with the open page reloaded when it changed. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds, serves the site on 127.0.0.1, rebuilds when content/ or theme/ changes (rendering only the"
                + " changed Markdown, writing only the changed files) and reloads the open page if it changed; a content"
                + " problem is shown on the page and here, and the last good site stays served.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path output = Path.of("site");

    @Option(names = "--port", description = "port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port = 8000;

    @Spec
    CommandSpec spec;

    private final RenderCache renderCache = new RenderCache();
    /** The last good build, whose site is served; null until one succeeded. */
    private BuildResult lastGood;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port is a number from 1 to 65535 (or 0, which picks a"
                    + " free one), not " + port);
        }
        // a build reports these too, but a server would then watch a folder that is not there
        for (Path folder : List.of(site.content, site.theme)) {
            if (!Files.isDirectory(folder)) {
                throw new ParameterException(spec.commandLine(), folder + " is not a folder (run the command from the"
                        + " project folder, or pass --content and --theme)");
            }
        }
        // before anything is served: the folder is served as it is until a build succeeds
        OutputFolder.check(output, site.content, site.theme);
        LiveState state = new LiveState();
        rebuild(state, err);
        try (PreviewServer server = new PreviewServer(output, port, state);
                SourceWatcher watcher = new SourceWatcher(List.of(site.content, site.theme))) {
            err.println("adal: serving " + output + " at " + server.url() + " (Ctrl+C stops)");
            err.flush();
            watcher.run(() -> rebuild(state, err));
        } catch (BindException e) {
            err.println("adal: cannot serve on 127.0.0.1:" + port + ": " + e.getMessage() + " (another adal serve, or"
                    + " another server, may be using the port; choose another with --port, e.g. --port " + (port + 1)
                    + ")");
            return Main.EXIT_INTERNAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private void rebuild(LiveState state, PrintWriter err) {
        try {
            Build build = new Build(site.content, site.theme, BuildClock.fromEnvironment()).reusing(renderCache);
            // the first build replaces whatever the folder held; later ones write only what changed
            BuildResult result = lastGood == null ? build.run(output) : build.update(output, lastGood);
            err.println("adal: " + result.summary() + (lastGood == null ? "" : "; " + result.changed().size()
                    + " files changed, " + renderCache.reused() + " content files reused"));
            lastGood = result;
            state.built(result.changed());
        } catch (ContentException e) {
            ProblemReport.print(e, site.theme, err);
            state.failed(e.problems().stream().map(Problem::toString).toList());
        } catch (OutputFolder.Refused e) {
            err.println("adal: " + e.getMessage() + "; nothing was written");
            state.failed(List.of(e.getMessage()));
        } catch (Exception e) {
            err.println("adal: internal error: " + e);
            state.failed(List.of("internal error: " + e));
        }
        err.flush();
    }
}
