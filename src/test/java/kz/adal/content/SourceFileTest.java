package kz.adal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content file reads the same whatever editor saved it: line ends of Windows and old Macs, a byte order mark; a
 * file saved in another encoding than UTF-8 is named as what it was saved as.
 */
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

    /** The one problem reading {@code bytes} finds. */
    private static Problem problem(Path dir, byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve("a.md"), bytes);
        Problems problems = new Problems();
        assertTrue(SourceFile.read(dir, file, problems).isEmpty());
        List<Problem> found = problems.sorted();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void aFileSavedAsUtf16IsNamedSoWithOrWithoutAByteOrderMark(@TempDir Path dir) throws Exception {
        String russian = "---\ntitle: Протокол\n---\nТекст.\n";
        for (byte[] bytes : List.of(TEXT.getBytes(StandardCharsets.UTF_16LE), TEXT.getBytes(StandardCharsets.UTF_16),
                ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE), russian.getBytes(StandardCharsets.UTF_16LE))) {
            Problem problem = problem(dir, bytes);
            assertEquals(1, problem.line());
            assertEquals("the file is saved as UTF-16 ('Unicode' in Notepad), not UTF-8", problem.message());
        }
    }

    @Test
    void aFileSavedInTheCyrillicCodePageIsNamedSoAtItsFirstLetter(@TempDir Path dir) throws Exception {
        // what Notepad's "ANSI" makes of Kazakh text: the letters Windows-1251 lacks become '?'
        byte[] ansi = "---\ntitle: Хаттама\n---\nҚазақстан Республикасының заңы.\n".getBytes(Charset.forName("windows-1251"));
        Problem problem = problem(dir, ansi);
        assertEquals(2, problem.line());
        assertEquals("the file is saved in a Cyrillic code page (Windows-1251, 'ANSI' in Notepad), not UTF-8",
                problem.message());
        assertTrue(problem.fix().contains("check its Kazakh letters"), problem.fix());
    }

    @Test
    void aUtf8FileWithABadByteIsNotTakenForAnotherEncoding(@TempDir Path dir) throws Exception {
        byte[] utf8 = ("---\ntitle: Хаттама\n---\nҚазақстан Республикасының заңы\n").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, broken, 0, utf8.length);
        broken[utf8.length] = (byte) 0xFF;
        Problem problem = problem(dir, broken);
        assertEquals(5, problem.line());
        assertEquals("the file is not valid UTF-8", problem.message());

        // a NUL byte copied into UTF-8 text is that text's problem, found where the text is read, not UTF-16
        String withNul = TEXT.replace("Мәтін", "Мә\u0000тін");
        assertEquals(withNul, read(dir, withNul.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFieldIsNamedAtTheLineItStartsOnAndAFieldNotWrittenAtTheFirst() {
        SourceFile file = new SourceFile("protocols/2024/2024-08-12.md",
                "---\ndate: 2024-08-12\nnumber: 8\nspeakers:\n  - name: Н. Н.\nsigned_by:\n---\nnumber: in the text\n");
        assertEquals(2, file.lineOfField("date"));
        assertEquals(3, file.lineOfField("number"));
        assertEquals(6, file.lineOfField("signed_by"));
        // an indented key is a value's, not the record's field
        assertEquals(1, file.lineOfField("name"));
        assertEquals(1, file.lineOfField("decisions"));
        assertEquals(1, file.pathOnly().lineOfField("date"));
    }
}
