package kz.adal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Arguments Java decoded without a locale are read again, as UTF-8, from the bytes the shell passed. */
class ShellArgumentsTest {
    private static final String LOST = "\uFFFD".repeat("жемқорлық".getBytes(StandardCharsets.UTF_8).length);

    private static byte[] commandLine(String... entries) {
        return (String.join("\0", entries) + "\0").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anArgumentWhoseLettersJavaLostIsReadFromTheCommandLine() {
        byte[] line = commandLine("/usr/bin/java", "-Xmx360m", "-jar", "target/adal.jar", "search", "жемқорлық", "--limit", "3");
        assertArrayEquals(new String[] {"search", "жемқорлық", "--limit", "3"},
                ShellArguments.recovered(new String[] {"search", LOST, "--limit", "3"}, line));
    }

    @Test
    void aRuntimeThatMakesQuestionMarksIsReadAlike() {
        byte[] line = commandLine("java", "-jar", "adal.jar", "search", "сот?");
        String lost = "?".repeat("сот".getBytes(StandardCharsets.UTF_8).length) + "?";
        assertArrayEquals(new String[] {"search", "сот?"}, ShellArguments.recovered(new String[] {"search", lost}, line));
    }

    @Test
    void argumentsThatAreNotWhatJavaMadeOfTheCommandLineAreKept() {
        String[] args = {"search", LOST};
        // another program's command line, or arguments passed by a test that calls main itself
        assertArrayEquals(args, ShellArguments.recovered(args, commandLine("java", "search", "сыбайлас")));
        assertArrayEquals(args, ShellArguments.recovered(args, commandLine("java", "search", "жемқорлық", "extra")));
        assertArrayEquals(args, ShellArguments.recovered(args, commandLine("жемқорлық")));
    }
}
