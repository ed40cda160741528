package kz.adal.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import kz.adal.cli.Main;
import kz.adal.integrity.Sha256;

/** A content folder in a temporary directory, made from a fixture under src/test/resources. */
public final class TestSite {
    public static final Path THEME = Path.of("theme");
    public static final Path RESOURCES = Path.of("src/test/resources");
    /** 31 December 2024 in Kazakhstan: August has its protocol, September to December are due and missing. */
    public static final BuildClock END_OF_2024 = new BuildClock(Instant.parse("2024-12-31T10:00:00Z"));

    private final Path root;

    /** The build of the project's real {@code content/} at {@link #END_OF_2024}, as most site tests read it. */
    public static Build realContent() {
        return new Build(Path.of("content"), THEME, END_OF_2024);
    }

    private TestSite(Path root) {
        this.root = root;
    }

    /** A copy of the fixture folder {@code name} as {@code dir/content}. */
    public static TestSite copyOf(String name, Path dir) {
        Path content = dir.resolve("content");
        copyTree(RESOURCES.resolve(name), content);
        return new TestSite(content);
    }

    public Path content() {
        return root;
    }

    /** Puts the fixture file {@code fixture} at {@code path} inside the content, in place of a file there. */
    public TestSite with(String fixture, String path) {
        try {
            Path target = root.resolve(path);
            Files.createDirectories(target.getParent());
            Files.copy(RESOURCES.resolve(fixture), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Adds the protocol of 2024-09-10, which shows its attached photo, and the photo beside it: 2024-09-10-seminar.png,
     * 800 by 200 pixels, described as 'Семинар, акт залы'.
     */
    public TestSite withProtocolShowingItsPhoto() {
        return with("attachments/protocol-showing-its-photo.md", "protocols/2024/2024-09-10.md")
                .with("attachments/2024-09-10-seminar.png", "protocols/2024/2024-09-10-seminar.png");
    }

    /** Adds a paragraph of Markdown ({@code [келесі](2024-09-10.md)}) at the end of the content file {@code path}. */
    public TestSite withParagraphAppended(String path, String markdown) {
        try {
            Path file = root.resolve(path);
            Files.writeString(file, Files.readString(file) + "\n" + markdown + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Writes the protocol of {@code date} as a copy of the minimal site's of 12 August 2024, its date changed and its
     * front matter given {@code fields} (YAML lines, such as {@code number: "8"}) before the date.
     */
    public TestSite withAugustProtocolOn(String date, String... fields) {
        try {
            Path august = root.resolve("protocols/2024/2024-08-12.md");
            String text = Files.readString(august).replace("date: 2024-08-12", "date: " + date);
            for (String field : fields) {
                text = text.replace("\ndate: ", "\n" + field + "\ndate: ");
            }
            Path target = root.resolve("protocols/" + date.substring(0, 4) + "/" + date + ".md");
            Files.createDirectories(target.getParent());
            Files.writeString(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The outcome of one CLI run. */
    public record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code adal build} on this content into {@code output}. */
    public Run build(Path output) {
        return cli("build", "--content", root.toString(), "--theme", THEME.toString(), "--output", output.toString());
    }

    public static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Every file below {@code dir} with its SHA-256, to compare output trees byte for byte. */
    public static Map<String, String> hashes(Path dir) {
        try {
            return Sha256.ofFolder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
