package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.adal.content.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckTest {

    @Test
    void checkFindsWhatABuildFindsWithoutMakingTheSearchIndex(@TempDir Path dir) {
        TestSite site = TestSite.copyOf("minimal-site", dir).with("bad-input/broken-anchor.md", "protocols/2024/2024-09-11.md");
        List<String> stages = new CopyOnWriteArrayList<>();

        ContentException e = assertThrows(ContentException.class,
                () -> new Build(site.content(), TestSite.THEME, TestSite.END_OF_2024, stages::add).check());

        assertTrue(e.problems().stream().anyMatch(p -> p.toString().contains("2024-09-11.md:20: broken link")),
                e.problems().toString());
        assertTrue(stages.stream().anyMatch(s -> s.startsWith("links checked")), stages.toString());
        assertFalse(stages.stream().anyMatch(s -> s.contains("search index") || s.contains("client index")),
                stages.toString());
    }
}
