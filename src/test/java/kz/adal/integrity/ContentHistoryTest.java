package kz.adal.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import kz.adal.site.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A protocol page says when its source was first recorded and last changed, and by whom, when git knows it. */
class ContentHistoryTest {
    @TempDir
    Path dir;

    @Test
    void showsTheFirstAndLastCommitOfTheProtocol() throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir);
        Path repo = content.content();
        git(repo, "2024-08-13T09:00:00+05:00", "Г.М.Жұмабаева", "init", "-q");
        git(repo, "2024-08-13T09:00:00+05:00", "Г.М.Жұмабаева", "add", ".");
        git(repo, "2024-08-13T09:00:00+05:00", "Г.М.Жұмабаева", "commit", "-q", "-m", "August protocol");
        Files.writeString(repo.resolve("protocols/2024/2024-08-12.md"), "\nТүзету.\n", StandardOpenOption.APPEND);
        Files.writeString(repo.resolve("site.yml"), "\n", StandardOpenOption.APPEND);
        git(repo, "2024-09-02T23:30:00+05:00", "И.А.Анафияов", "commit", "-q", "-am", "Correction");

        Path site = dir.resolve("site");
        assertEquals(0, content.build(site).exitCode());
        Element history = Jsoup.parse(site.resolve("protocols/2024/2024-08-12.html").toFile()).selectFirst("p.history");
        assertEquals("Мұрағатқа алғаш енгізілді: 13 тамыз 2024 ж. (Г.М.Жұмабаева); соңғы өзгеріс: 2 қыркүйек 2024 ж."
                + " (И.А.Анафияов).", history.text());
    }

    @Test
    void saysNothingWithoutARepository() throws Exception {
        Path site = dir.resolve("site");
        assertEquals(0, TestSite.copyOf("minimal-site", dir).build(site).exitCode());
        assertNull(Jsoup.parse(site.resolve("protocols/2024/2024-08-12.html").toFile()).selectFirst("p.history"));
    }

    private static void git(Path repo, String date, String author, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=" + author,
                "-c", "user.email=officer@hospital.kz"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("GIT_AUTHOR_DATE", date);
        builder.environment().put("GIT_COMMITTER_DATE", date);
        assertEquals(0, builder.start().waitFor(), String.join(" ", command));
    }
}
