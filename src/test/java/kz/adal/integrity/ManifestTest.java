package kz.adal.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import kz.adal.cli.Main;
import kz.adal.site.Build;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's manifest lists every source and published file with its SHA-256, and the content's git commit. */
class ManifestTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryPublishedFileAndEverySourceWithItsHash() throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir);
        Path site = dir.resolve("site");
        TestSite.Run run = content.build(site);
        assertEquals(0, run.exitCode(), run.err());

        Manifest manifest = Manifest.read(site.resolve(Manifest.PATH));
        Map<String, String> published = new TreeMap<>(TestSite.hashes(site));
        String manifestHash = published.remove(Manifest.PATH);
        assertEquals(published, manifest.files());
        assertTrue(run.err().contains("manifest.json sha256 " + manifestHash), run.err());

        assertEquals(Sha256.of(content.content().resolve("site.yml")), manifest.sources().get("content/site.yml"));
        assertEquals(Sha256.of(TestSite.THEME.resolve("templates/layout.peb")), manifest.sources().get("theme/templates/layout.peb"));
        assertTrue(manifest.built().startsWith(java.time.LocalDate.now(kz.adal.site.BuildClock.ZONE).getYear() + "-")
                || System.getenv("SOURCE_DATE_EPOCH") != null, manifest.built());
        assertNull(manifest.content(), "a content folder outside git has no commit");
    }

    @Test
    void recordsTheContentsGitCommitAndWhetherItHasUncommittedChanges() throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir);
        Path repo = content.content();
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=Compliance Officer", "-c", "user.email=officer@hospital.kz", "commit", "-q", "-m", "August");
        String commit = GitState.git(repo, "rev-parse", "HEAD").orElseThrow();

        assertEquals(0, content.build(dir.resolve("site")).exitCode());
        Manifest clean = Manifest.read(dir.resolve("site").resolve(Manifest.PATH));
        assertEquals(new GitState(commit, false), clean.content());

        // what Windows and Word leave beside the files is no change of the content
        Files.writeString(repo.resolve("protocols/Thumbs.db"), "thumbnails");
        Files.writeString(repo.resolve("~$te.yml"), "Word's lock");
        assertEquals(0, content.build(dir.resolve("site")).exitCode());
        assertEquals(new GitState(commit, false), Manifest.read(dir.resolve("site").resolve(Manifest.PATH)).content());

        Files.writeString(repo.resolve("site.yml"), "\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, content.build(dir.resolve("site")).exitCode());
        assertEquals(new GitState(commit, true), Manifest.read(dir.resolve("site").resolve(Manifest.PATH)).content());
    }

    /** An auditor rebuilds from a clone of the content's repository: git's own files, which differ, are no source. */
    @Test
    void twoClonesOfOneCommitBuildTheSameSite() throws Exception {
        Path repo = TestSite.copyOf("minimal-site", dir).content();
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=Compliance Officer", "-c", "user.email=officer@hospital.kz", "commit", "-q", "-m", "August");
        Path clone = dir.resolve("clone");
        git(dir, "clone", "-q", repo.toString(), clone.toString());

        new Build(repo, TestSite.THEME, TestSite.END_OF_2024).run(dir.resolve("site"));
        new Build(clone, TestSite.THEME, TestSite.END_OF_2024).run(dir.resolve("site-of-clone"));
        assertEquals(TestSite.hashes(dir.resolve("site")), TestSite.hashes(dir.resolve("site-of-clone")));
        Manifest manifest = Manifest.read(dir.resolve("site").resolve(Manifest.PATH));
        assertTrue(manifest.sources().containsKey("content/site.yml"));
        assertTrue(manifest.sources().keySet().stream().noneMatch(path -> path.contains("/.git/")),
                manifest.sources().keySet().toString());
    }

    /** At 10,000 protocols a manifest lists 23,000 files in 3.4 MB, past SnakeYAML's default limit of 3 MB. */
    @Test
    void aLargeArchivesManifestIsReadBack() throws Exception {
        SortedMap<String, String> files = new TreeMap<>();
        for (int i = 0; i < 50_000; i++) {
            files.put("search/docs/" + i + ".js", Sha256.of(Integer.toString(i).getBytes()));
        }
        Manifest written = new Manifest("adal test", "2026-12-02T21:00:00+05:00", null, new TreeMap<>(), files);
        Path file = Files.write(dir.resolve(Manifest.PATH), written.toJson());
        assertTrue(Files.size(file) > 3_200_000, "larger than SnakeYAML reads by default, 3,145,728 characters");
        assertEquals(files, Manifest.read(file).files());
    }

    private static void git(Path repo, String... args) throws Exception {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = repo.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, p.waitFor(), String.join(" ", command));
    }

    @Test
    void readsWhatItWrites() throws Exception {
        Manifest written = new Manifest("adal 0.1.0", "2024-12-31T15:00:00+05:00", new GitState("a".repeat(40), true),
                new TreeMap<>(Map.of("content/site.yml", "11")), new TreeMap<>(Map.of("index.html", "22", "a \"b\".html", "33")));
        Files.write(dir.resolve("m.json"), written.toJson());
        assertEquals(written, Manifest.read(dir.resolve("m.json")));
        assertFalse(new String(written.toJson(), java.nio.charset.StandardCharsets.UTF_8).contains("\"files\":{"),
                "one entry per line, for diff");
    }

    @Test
    void exitCodeOfVerifyIsDocumented() {
        assertEquals(3, Main.EXIT_TAMPERED);
    }
}
