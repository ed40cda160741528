package kz.adal.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @Test
    void generatesValidProtocolsInBothLanguages(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        new CorpusGenerator(Path.of("content"), 7).generate(content, 60);

        List<Path> protocols;
        try (Stream<Path> walk = Files.walk(content.resolve("protocols"))) {
            protocols = walk.filter(p -> p.toString().endsWith(".md")).toList();
        }
        assertEquals(60, protocols.size());
        long russian = protocols.stream().filter(p -> read(p).contains("\nlang: ru\n")).count();
        assertTrue(russian > 0 && russian < 60, "some, not all, protocols are in Russian: " + russian);
        assertEquals(Files.readString(Path.of("content/glossary.yml")), Files.readString(content.resolve("glossary.yml")),
                "search over a generated corpus expands queries with the real glossary");

        TestSite.Run run = TestSite.cli("build", "--content", content.toString(), "--output", dir.resolve("site").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("(60 protocols"), run.err());
    }

    @Test
    void neverWritesIntoAnExistingFolder(@TempDir Path dir) {
        assertThrows(IOException.class, () -> new CorpusGenerator(Path.of("content"), 1).generate(dir, 5));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
