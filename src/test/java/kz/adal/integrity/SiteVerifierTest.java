package kz.adal.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adal verify} finds every file added, removed or changed in a published copy after the build. */
class SiteVerifierTest {
    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void build() {
        site = dir.resolve("share/site");
        assertEquals(0, TestSite.copyOf("minimal-site", dir).build(site).exitCode());
    }

    @Test
    void anUntouchedCopyIsClean() {
        TestSite.Run run = TestSite.cli("verify", site.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("files match the manifest"), run.err());
    }

    @Test
    void reportsEveryAddedRemovedAndChangedFile() throws Exception {
        Files.writeString(site.resolve("index.html"), "<p>edited on the share</p>");
        Files.writeString(site.resolve("protocols/extra.html"), "<p>slipped in</p>");
        Files.delete(site.resolve("404.html"));

        TestSite.Run run = TestSite.cli("verify", site.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertEquals(List.of("added: protocols/extra.html", "removed: 404.html", "changed: index.html"),
                run.out().lines().toList());
        assertTrue(run.err().contains("3 differences from the manifest (1 added, 1 removed, 1 changed)"), run.err());
    }

    @Test
    void aChangeOfOneByteIsFound() throws Exception {
        Path css = site.resolve("assets/style.css");
        byte[] bytes = Files.readAllBytes(css);
        bytes[bytes.length / 2] ^= 1;
        Files.write(css, bytes);
        Verification result = SiteVerifier.verify(site);
        assertEquals(List.of("assets/style.css"), result.changed());
        assertEquals(1, result.differences());
    }

    @Test
    void aFolderWithoutManifestIsRefusedWithAClearMessage() throws Exception {
        Files.delete(site.resolve(Manifest.PATH));
        TestSite.Run run = TestSite.cli("verify", site.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("manifest.json: no manifest"), run.err());
    }

    /** A manifest edited so that it lists a file twice, or no longer UTF-8, is refused: which hash it means is unknown. */
    @Test
    void aManifestThatListsAFileTwiceOrIsNotTextIsRefused() throws Exception {
        Path manifest = site.resolve(Manifest.PATH);
        String json = Files.readString(manifest);
        String line = json.lines().filter(l -> l.contains("\"index.html\"")).findFirst().orElseThrow();
        String twice = line.replaceAll("[0-9a-f]{64}", "0".repeat(64)) + (line.endsWith(",") ? "" : ",");
        Files.writeString(manifest, json.replace(line, twice + "\n" + line));
        TestSite.Run run = TestSite.cli("verify", site.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("manifest.json:" + (json.lines().toList().indexOf(line) + 2) + ": not a manifest: found duplicate key index.html"),
                run.err());

        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bytes[json.indexOf("\"files\"")] = (byte) 0xC3;
        Files.write(manifest, bytes);
        run = TestSite.cli("verify", site.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("manifest.json: not a manifest: it is not UTF-8 text"), run.err());
    }
}
