package kz.adal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * adal run where no locale is set, as in many containers and cron jobs: Java 17 then reads arguments, names files
 * and (by default) writes in ASCII. Kazakh text must still go in and come out whole.
 */
class WithoutLocaleTest {
    @TempDir
    Path dir;

    private record Output(int exitCode, String out, String err) {
    }

    /** Runs adal in a JVM of its own whose environment has no locale; {@code stdin} is its input. */
    private Output adal(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path in = Files.writeString(dir.resolve("stdin"), stdin);
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(in.toFile())
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
        String path = System.getenv("PATH");
        builder.environment().clear();
        builder.environment().put("PATH", path);
        int code = builder.start().waitFor();
        return new Output(code, Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
    }

    @Test
    void analyzeWritesItsTermsInUtf8() throws Exception {
        Output run = adal("жемқорлыққа\nЗанның\n", "analyze", "--field", "kk");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("жемқорлық\nзан\n", run.out());
    }

    @Test
    void searchFindsAKazakhQueryGivenAsAnArgument() throws Exception {
        Output run = adal("", "search", "--limit", "1", "жемқорлыққа");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("also searched, from the glossary: сыбайлас жемқорлық,"), run.out());
        assertTrue(run.out().contains("\n 1. ") && run.out().contains("жемқорлыққа"), run.out());
    }

    @Test
    void aFileNameJavaCannotMakeIsReportedWithHowToRunAdal() throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir)
                .with("attachments/protocol-with-scan.md", "protocols/2024/2024-09-10.md")
                .with("attachments/2024-09-10-signed.pdf", "protocols/2024/қол-қойылған.pdf");
        Path protocol = content.content().resolve("protocols/2024/2024-09-10.md");
        Files.writeString(protocol, Files.readString(protocol).replace("2024-09-10-signed.pdf", "қол-қойылған.pdf"));
        Path site = dir.resolve("site");

        Output run = adal("", "build", "--content", content.content().toString(), "--theme", TestSite.THEME.toString(),
                "--output", site.toString());

        assertEquals(Main.EXIT_INTERNAL, run.exitCode(), run.err());
        assertTrue(run.err().contains("cannot name the file 'қол-қойылған.pdf'")
                && run.err().contains("LANG=C.UTF-8"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        assertFalse(Files.exists(site), "nothing is written");
    }
}
