package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import kz.adal.content.Problems;
import kz.adal.links.LinkChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's assets as published: what a file browser or an editor left beside them stays behind. */
class ThemeAssetsTest {

    @Test
    void leftoversBesideTheAssetsAreNotPublished(@TempDir Path dir) throws Exception {
        Path assets = Files.createDirectories(dir.resolve("assets/search"));
        Files.writeString(dir.resolve("assets/style.css"), "body { margin: 0 }");
        Files.writeString(assets.resolve("engine.js"), "var adal = {};\n");
        for (String leftover : List.of("assets/.DS_Store", "assets/Thumbs.db", "assets/style.css~", "assets/search/._engine.js")) {
            Files.writeString(dir.resolve(leftover), "x");
        }
        SortedMap<String, byte[]> published = new TreeMap<>();
        Problems problems = new Problems();
        LinkChecker links = new LinkChecker(problems, "/", page -> Map.of());
        ThemeAssets.addTo(new SiteOutput(published::put, links, problems), dir.resolve("assets"));
        assertEquals(List.of("assets/search/engine.js", "assets/style.css"), List.copyOf(published.keySet()));
    }
}
