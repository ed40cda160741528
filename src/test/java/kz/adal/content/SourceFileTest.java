package kz.adal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A content file reads the same whatever editor saved it: line ends of Windows and old Macs, a byte order mark. */
class SourceFileTest {
    private static final String TEXT = "---\ntitle: Хаттама\n---\nМәтін.\n";

    private static String read(Path dir, byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve("a.md"), bytes);
        return SourceFile.read(dir, file, new Problems()).orElseThrow().text();
    }

    @Test
    void windowsAndOldMacLineEndsAndAByteOrderMarkReadAsTheText(@TempDir Path dir) throws Exception {
        assertEquals(TEXT, read(dir, TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(TEXT, read(dir, TEXT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(TEXT, read(dir, TEXT.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)));
        assertEquals(TEXT, read(dir, ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8)));
    }
}
