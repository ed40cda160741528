package kz.adal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kz.adal.integrity.Sha256;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    /** Protocols are read in parallel: one file's problems must not make another, valid file disappear. */
    @Test
    void aValidProtocolIsKeptWhileOthersFailAtTheSameTime(@TempDir Path dir) throws Exception {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        String valid = Files.readString(content.resolve("protocols/2024/2024-08-12.md"));
        LocalDate day = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < 150; i++, day = day.plusDays(1)) {
            String text = valid.replace("2024-08-12", day.toString());
            if (i % 2 == 1) {
                text = text.replace("time: \"16:00\"", "time: 4 pm");
            }
            Files.createDirectories(content.resolve("protocols/" + day.getYear()));
            Files.writeString(content.resolve("protocols/" + day.getYear() + "/" + day + ".md"), text);
        }
        Problems problems = new Problems();
        Content loaded = new ContentLoader(content, problems).load();
        assertEquals(75, problems.count(), "one problem per protocol with a bad time");
        assertEquals(1 + 75, loaded.protocols().size(), "every valid protocol is loaded");
    }

    /**
     * The manifest records what the site was built from: the digest of the bytes each file had when it was read (a
     * byte-order mark and Windows line ends included, which the text no longer has), and only of the files read.
     */
    @Test
    void keepsTheDigestOfTheBytesOfEachFileItRead(@TempDir Path dir) throws Exception {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        Path protocol = content.resolve("protocols/2024/2024-08-12.md");
        String windows = "\uFEFF" + Files.readString(protocol).replace("\n", "\r\n");
        Files.write(protocol, windows.getBytes(StandardCharsets.UTF_8));
        Files.writeString(content.resolve("protocols/2024/notes.txt"), "not content");

        ContentLoader loader = new ContentLoader(content, new Problems()).keepingDigests();
        loader.load();

        assertEquals(Sha256.of(windows.getBytes(StandardCharsets.UTF_8)), loader.digests().get("protocols/2024/2024-08-12.md"));
        assertEquals(Sha256.of(content.resolve("site.yml")), loader.digests().get("site.yml"));
        assertEquals(Sha256.of(content.resolve("concept/_index.md")), loader.digests().get("concept/_index.md"));
        assertFalse(loader.digests().containsKey("protocols/2024/notes.txt"), "a file the build does not read");
        assertEquals(5, loader.digests().size(), loader.digests().toString());

        ContentLoader checking = new ContentLoader(content, new Problems());
        checking.load();
        assertTrue(checking.digests().isEmpty(), "a check, which publishes nothing, hashes nothing");
    }

    /** people.yml pasted from Word: a no-break space before an alias line is one slip, and the entry is read mended. */
    @Test
    void aNoBreakSpaceBeforeAFieldOfPeopleYmlIsOneSlipAndTheEntryIsRead(@TempDir Path dir) throws Exception {
        Path content = TestSite.copyOf("minimal-site", dir).content();
        Files.writeString(content.resolve("people.yml"), "- name: И.А.Анафияов\n  role: комплаенс маманы\n"
                + "\u00a0 aliases: [И.А. Анафияев]\n");
        Problems problems = new Problems();
        Content loaded = new ContentLoader(content, problems).load();
        assertEquals(List.of(new Problem("people.yml", 3, "YAML syntax error: a no-break space (U+00A0) in the indentation,"
                + " which YAML does not read as a space (it comes with text pasted from Word or a web page)",
                "indent it with ordinary spaces, as the lines like it: '  aliases: [И.А. Анафияев]'")), problems.sorted());
        assertEquals(List.of("И.А. Анафияев"), loaded.people().get(0).aliases());
    }
}
