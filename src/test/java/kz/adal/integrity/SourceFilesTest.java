package kz.adal.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the manifest records of the sources: the content as the build read it, and every other file as it is. */
class SourceFilesTest {

    @Test
    void aContentFileTheBuildReadKeepsTheDigestOfWhatWasRead(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path theme = Files.createDirectories(dir.resolve("theme/templates"));
        Files.writeString(content.resolve("site.yml"), "saved again after the build read it");
        Files.writeString(content.resolve("photo.txt"), "never read by the build");
        Files.writeString(theme.resolve("layout.peb"), "{{ page.title }}");
        Map<String, String> read = Map.of("site.yml", Sha256.of("as read".getBytes()),
                "concept/_index.md", Sha256.of("deleted since".getBytes()));

        Map<String, String> expected = new TreeMap<>();
        expected.put("content/site.yml", Sha256.of("as read".getBytes()));
        expected.put("content/concept/_index.md", Sha256.of("deleted since".getBytes()));
        expected.put("content/photo.txt", Sha256.of(content.resolve("photo.txt")));
        expected.put("theme/templates/layout.peb", Sha256.of(theme.resolve("layout.peb")));
        assertEquals(expected, SourceFiles.hash(content, read, dir.resolve("theme")));
    }

    /** What programs leave is nobody's source: git's files above all, which differ from clone to clone. */
    @Test
    void leftoversAreNoSources(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path theme = Files.createDirectories(dir.resolve("theme/assets"));
        Files.writeString(content.resolve("site.yml"), "title: Адал");
        for (String leftover : List.of(".git/HEAD", ".git/objects/ab/cdef", "protocols/2024/Thumbs.db",
                "protocols/2024/~$24-08-12.md", "protocols/2024/._2024-08-12.md", ".obsidian/app.json")) {
            Files.createDirectories(content.resolve(leftover).getParent());
            Files.writeString(content.resolve(leftover), "x");
        }
        Files.writeString(theme.resolve(".DS_Store"), "x");
        Files.writeString(theme.resolve("style.css~"), "x");

        assertEquals(List.of("content/site.yml"), List.copyOf(SourceFiles.hash(content, Map.of(), theme.getParent()).keySet()));
    }
}
