package kz.adal.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.adal.content.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {
    @Test
    void theIdsOfTheProjectsThemeIncludeTheSkipLinksTargetAndTheProtocolsSections() {
        Theme theme = Theme.checked(Path.of("theme"), new Problems());

        assertTrue(theme.ids().contains("main"), theme.ids().toString());
        assertTrue(theme.ids().contains("agenda-title"), theme.ids().toString());
    }

    @Test
    void anIdATemplateComputesIsTheContentsNotTheThemes(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/layout.peb"),
                "<main id=\"main\"><h2 id=\"{{ section.id }}\">{{ section.title }}</h2><p class=\"id\" data-id=\"x\"></p></main>");

        Theme theme = Theme.checked(dir, new Problems());

        assertTrue(theme.ids().contains("main"));
        assertFalse(theme.ids().stream().anyMatch(id -> id.contains("section")), theme.ids().toString());
        assertFalse(theme.ids().contains("x"), "data-id is not an id: " + theme.ids());
    }
}
