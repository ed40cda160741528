package kz.adal.cli;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import kz.adal.content.ProtocolSkeleton;
import kz.adal.site.BuildClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code adal new protocol YYYY-MM-DD}: next month's protocol, ready to edit. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Starts a new content file.",
        subcommands = NewCommand.NewProtocol.class)
final class NewCommand {

    @Command(name = "protocol", mixinStandardHelpOptions = true,
            description = "Writes protocols/YYYY/YYYY-MM-DD.md with every required field, the standing facts copied"
                    + " from the latest protocol; never overwrites.")
    static final class NewProtocol implements Callable<Integer> {
        // the day as a word of its own is what people type; --date is what the README said first, and still works
        @Parameters(arity = "0..1", paramLabel = "YYYY-MM-DD", description = "the day of the event",
                converter = EventDate.class)
        LocalDate day;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the same day, as an option",
                converter = EventDate.class)
        LocalDate date;

        @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})")
        Path content = Path.of("content");

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var err = spec.commandLine().getErr();
            // a mistyped --content, or the project's root, would get a protocols/ folder of its own
            if (!Files.isRegularFile(content.resolve("site.yml"))) {
                throw new ParameterException(spec.commandLine(), content.toAbsolutePath() + " is not a content folder"
                        + " (no site.yml): run from the repository's root or give --content CONTENT_DIR");
            }
            LocalDate date = eventDate();
            LocalDate today = BuildClock.fromEnvironment().today();
            try {
                List<String> sameMonth = ProtocolSkeleton.ofMonth(content, date);
                Path file = ProtocolSkeleton.write(content, date);
                err.println("adal: wrote " + file + ": write the agenda (marked '...') and what was said, check the"
                        + " copied facts (attendees, speakers, signatures), then run 'adal check'");
                // the day was typed a moment ago: what 'check' would warn of, said while it is easy to mend
                if (!sameMonth.isEmpty()) {
                    err.println("adal: note: " + YearMonth.from(date) + " has a protocol already, "
                            + String.join(", ", sameMonth) + " (one training event a month is expected: is the day"
                            + " right?)");
                }
                if (date.isAfter(today)) {
                    err.println("adal: note: " + date + " is after today, " + today + " (is the year right?)");
                }
                return 0;
            } catch (FileAlreadyExistsException e) {
                err.println("adal: " + e.getFile() + ": a protocol for " + date + " exists already (edit it, or choose"
                        + " another day)");
                return Main.EXIT_CONTENT;
            }
        }

        /** The one day given, as a parameter or as {@code --date}. */
        private LocalDate eventDate() {
            if (day != null && date != null && !day.equals(date)) {
                throw new ParameterException(spec.commandLine(), "two days given, " + day + " and --date " + date
                        + ": give the day of the event once");
            }
            if (day == null && date == null) {
                // today's, since a protocol is most often written on the day of its event
                throw new ParameterException(spec.commandLine(), "which day was the event? Give it as YYYY-MM-DD,"
                        + " today's for example: adal new protocol " + BuildClock.fromEnvironment().today());
            }
            return day != null ? day : date;
        }
    }
}
