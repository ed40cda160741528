package kz.adal.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import kz.adal.site.BuildClock;
import kz.adal.site.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code adal} command line: {@code java -jar target/adal.jar COMMAND}. */
@Command(name = "adal", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds the anti-corruption concept and the compliance protocols into a static site.",
        subcommands = {BuildCommand.class, CheckCommand.class, SearchCommand.class, AnalyzeCommand.class,
            EvaluateStemmerCommand.class, VerifyCommand.class, NewCommand.class, ServeCommand.class,
            GenerateCorpusCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {
    /** Content problems: the author must fix the input. */
    public static final int EXIT_CONTENT = 2;
    /** A failure of Adal itself or of the machine. */
    public static final int EXIT_INTERNAL = 1;
    /** {@code verify}: the site differs from its manifest. */
    public static final int EXIT_TAMPERED = 3;

    public static void main(String[] args) {
        System.exit(run(ShellArguments.of(args)));
    }

    public static int run(String... args) {
        return run(utf8(System.out), utf8(System.err), args);
    }

    /**
     * Output in UTF-8 whatever the locale: where none is set Java would write ASCII, every Kazakh and Russian letter a
     * '?', and no locale's single-byte charset has all the Kazakh letters.
     */
    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Runs a command line with the given streams and returns its exit code; tests call this. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
        // an empty value (`--content=`, a shell variable never set) would name the current folder, and a build would
        // then read or replace it: refused as a usage error instead
        cli.registerConverter(Path.class, value -> {
            if (value.isBlank()) {
                throw new CommandLine.TypeConversionException("an empty path; name a folder or file, e.g. content");
            }
            return Path.of(value);
        });
        CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, arguments) -> {
            int code = usage.handleParseException(e, arguments);
            SearchCommand.dashedWord(e.getCommandLine(), arguments).ifPresent(word -> e.getCommandLine().getErr()
                    .println("To search for a word that starts with '-', put '--' before the query: adal search -- " + word));
            return code;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // what the person running adal can mend: said in one line, without a stack trace
            if (e instanceof BuildClock.InvalidEpoch epoch) {
                commandLine.getErr().println("adal: " + epoch.getMessage());
                return EXIT_CONTENT;
            }
            if (e instanceof OutputFolder.Refused refused) {
                commandLine.getErr().println("adal: " + refused.getMessage() + "; nothing was written");
                return EXIT_CONTENT;
            }
            if (e instanceof InvalidPathException path && !ShellArguments.utf8Locale()) {
                commandLine.getErr().println("adal: this Java cannot name the file '" + path.getInput() + "': it runs"
                        + " without a UTF-8 locale (file names in " + System.getProperty("sun.jnu.encoding") + ");"
                        + " run it in one, e.g. LANG=C.UTF-8 java -jar target/adal.jar ...");
                return EXIT_INTERNAL;
            }
            commandLine.getErr().println("adal: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            return EXIT_INTERNAL;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // the staging folder is already gone: the site is as it was; say how to go on, not where it happened
            err.println("adal: out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB of heap); give Java"
                    + " more, e.g. java -Xmx800m -jar target/adal.jar ...; the output folder was left as it was");
            return EXIT_INTERNAL;
        }
    }

    /** The version from the jar's manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"adal " + (version == null ? "dev" : version)};
        }
    }
}
