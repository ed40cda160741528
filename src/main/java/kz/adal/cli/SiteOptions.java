package kz.adal.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folders every site command reads, defaulting to the repository layout. */
final class SiteOptions {
    @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Option(names = "--theme", paramLabel = "DIR", description = "theme folder (default: ${DEFAULT-VALUE})")
    Path theme = Path.of("theme");
}
