package kz.adal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line's arguments as the shell passed them. Java 17 decodes arguments in the locale's charset: where no
 * locale is set (a container, a cron job: {@code LANG} unset, so ASCII), each byte of a Kazakh or Russian letter
 * arrives as a replacement character, and {@code adal search "жемқорлық"} would search for those. On Linux the bytes
 * are still in {@code /proc/self/cmdline}; they are read as UTF-8, the shells' encoding, when they are exactly what
 * Java garbled.
 */
final class ShellArguments {
    private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");
    /** What Java 17 makes of a byte its ASCII decoder cannot read (some runtimes make a '?'). */
    private static final char REPLACED = '\uFFFD';

    private ShellArguments() {
    }

    /** {@code args} as Java decoded them, or the same arguments in UTF-8 where Java's locale lost their letters. */
    static String[] of(String[] args) {
        if (utf8Locale() || Arrays.stream(args).noneMatch(ShellArguments::lostLetters)
                || !Files.isReadable(COMMAND_LINE)) {
            return args;
        }
        try {
            return recovered(args, Files.readAllBytes(COMMAND_LINE));
        } catch (IOException e) {
            return args;
        }
    }

    /** Whether Java reads arguments and names files in UTF-8, as it does in a UTF-8 locale. */
    static boolean utf8Locale() {
        return StandardCharsets.UTF_8.name().equals(System.getProperty("sun.jnu.encoding"));
    }

    /**
     * The last {@code args.length} NUL-terminated entries of {@code commandLine} (the JVM's own options and the jar come
     * first) as UTF-8, if each is the argument Java made of it, every non-ASCII byte replaced; else {@code args}.
     */
    static String[] recovered(String[] args, byte[] commandLine) {
        List<byte[]> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < commandLine.length; i++) {
            if (commandLine[i] == 0) {
                entries.add(Arrays.copyOfRange(commandLine, start, i));
                start = i + 1;
            }
        }
        if (entries.size() < args.length) {
            return args;
        }
        List<byte[]> ours = entries.subList(entries.size() - args.length, entries.size());
        String[] utf8 = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            if (!asAsciiDecodesThem(ours.get(i), args[i])) {
                return args;
            }
            utf8[i] = new String(ours.get(i), StandardCharsets.UTF_8);
        }
        return utf8;
    }

    private static boolean lostLetters(String arg) {
        return arg.indexOf(REPLACED) >= 0 || arg.indexOf('?') >= 0;
    }

    private static boolean asAsciiDecodesThem(byte[] bytes, String arg) {
        if (bytes.length != arg.length()) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            char c = arg.charAt(i);
            boolean same = bytes[i] >= 0 ? c == bytes[i] : c == REPLACED || c == '?';
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
