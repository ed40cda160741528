package kz.adal.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
