package kz.adal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A content file's text, named by its path relative to the content folder (always with '/'). */
public record SourceFile(String path, String text) {

    /**
     * Reads strictly as UTF-8; a malformed byte is reported with its line instead of being replaced, and a file saved
     * as UTF-16 or in the Cyrillic code page is named as such.
     */
    public static Optional<SourceFile> read(Path contentDir, Path file, Problems problems) {
        try {
            return decode(pathIn(contentDir, file), Files.readAllBytes(file), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a content file is named in problems and the manifest: its path in the content folder, with '/'. */
    public static String pathIn(Path contentDir, Path file) {
        return contentDir.relativize(file).toString().replace('\\', '/');
    }

    /** The text of the file {@code path}, whose bytes are {@code bytes}; as {@link #read}. */
    public static Optional<SourceFile> decode(String path, byte[] bytes, Problems problems) {
        Optional<SavedEncoding> utf16 = SavedEncoding.utf16(bytes);
        if (utf16.isPresent()) {
            problems.add(path, 1, utf16.get().message(), utf16.get().fix());
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = lineAt(bytes, in.position());
            SavedEncoding.codePage(bytes).ifPresentOrElse(
                    codePage -> problems.add(path, line, codePage.message(), codePage.fix()),
                    () -> problems.add(path, line, "the file is not valid UTF-8",
                            "save it as UTF-8 in your editor; the bad byte is on this line"));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        // Windows line ends, and the lone CR of old Mac editors, which CommonMark also takes as a line end
        String text = out.toString().replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(new SourceFile(path, text));
    }

    /** The same file's path without its text, once nothing needs the text; every line asked of it is then 1. */
    public SourceFile pathOnly() {
        return new SourceFile(path, "");
    }

    /** The line (from 1) of the first line that starts with {@code key:}, e.g. a front matter field; else 1. */
    public int lineOfField(String key) {
        String field = key + ":";
        int line = 1;
        // walked, not split: the checks ask it of every protocol, and a split made a string of each of its lines
        for (int start = 0; start < text.length(); line++) {
            if (text.startsWith(field, start)) {
                return line;
            }
            int end = text.indexOf('\n', start);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return 1;
    }

    /** The line (from 1) on which {@code words} first appear; else 1. */
    public int lineOf(String words) {
        int at = text.indexOf(words);
        return at < 0 ? 1 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
