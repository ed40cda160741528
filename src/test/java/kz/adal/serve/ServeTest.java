package kz.adal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.adal.cli.Main;
import kz.adal.site.Chromium;
import kz.adal.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code adal serve} in Chromium: a save reloads the open page it changed, and only that; a problem is shown on it and
 * the last good site stays.
 */
class ServeTest {

    /** A running {@code adal serve}, in the background; its URL is read from what it prints. */
    static final class Serving implements AutoCloseable {
        final Path content;
        final Path site;
        final StringWriter err = new StringWriter();
        final Thread thread;
        final String url;

        /** Serves a copy of the content folder {@code source}. */
        Serving(Path source, Path dir) throws Exception {
            content = dir.resolve("content");
            TestSite.copyTree(source, content);
            site = dir.resolve("site");
            thread = new Thread(() -> Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                    "serve", "--content", content.toString(), "--theme", TestSite.THEME.toString(), "--output",
                    site.toString(), "--port", "0"));
            thread.start();
            Pattern serving = Pattern.compile("serving .* at (http://127\\.0\\.0\\.1:\\d+/)");
            String found = null;
            for (int i = 0; i < 300 && found == null; i++) {
                Matcher m = serving.matcher(err.toString());
                found = m.find() ? m.group(1) : null;
                Thread.sleep(50);
            }
            assertTrue(found != null, "serve started: " + err);
            url = found;
        }

        @Override
        public void close() throws Exception {
            thread.interrupt();
            thread.join(10_000);
        }
    }

    @Test
    void aSavedProtocolReloadsTheOpenPageAndAProblemIsShownOnIt(@TempDir Path dir) throws Exception {
        try (Serving serve = new Serving(TestSite.RESOURCES.resolve("minimal-site"), dir); Chromium chromium = new Chromium()) {
            Page page = chromium.newPage();
            page.navigate(serve.url + "protocols/2024/2024-08-12.html");
            page.waitForFunction("() => document.readyState === 'complete'");
            Page glossary = chromium.newPage();
            glossary.navigate(serve.url + "glossary.html");
            glossary.evaluate("() => { window.openedBeforeTheSave = true; }");
            Path protocol = serve.content.resolve("protocols/2024/2024-08-12.md");
            String original = Files.readString(protocol);

            Files.writeString(protocol, "\nКомиссия жаңа шешім қабылдады.\n", StandardOpenOption.APPEND);
            page.waitForFunction("() => document.querySelector('.minutes').textContent.indexOf('жаңа шешім') >= 0",
                    null, new Page.WaitForFunctionOptions().setTimeout(15_000));
            glossary.waitForTimeout(1000);
            assertEquals(true, glossary.evaluate("() => window.openedBeforeTheSave === true"),
                    "a page the save did not change is not reloaded");

            Files.writeString(protocol, original.replace("time: \"16:00\"", "time: 4 pm"));
            page.waitForSelector("#adal-live-problems", new Page.WaitForSelectorOptions().setTimeout(15_000));
            assertTrue(page.textContent("#adal-live-problems").contains("2024-08-12.md:4: '4 pm' is not a time of day"));
            assertTrue(page.textContent(".minutes").contains("жаңа шешім"), "the last good page stays");
            assertTrue(Files.readString(serve.site.resolve("protocols/2024/2024-08-12.html")).contains("жаңа шешім"),
                    "the last good site stays on disk");
            assertTrue(serve.err.toString().contains("'4 pm' is not a time of day"), "and the terminal says it too");

            Files.writeString(protocol, original);
            page.waitForFunction("() => !document.getElementById('adal-live-problems') && "
                    + "document.querySelector('.minutes').textContent.indexOf('жаңа шешім') < 0", null,
                    new Page.WaitForFunctionOptions().setTimeout(15_000));
            assertEquals(0, page.locator("#adal-live-problems").count());
            assertTrue(!Files.readString(serve.site.resolve("index.html")).contains("__adal"),
                    "the reload script is served, never written into the site");
        }
    }

    @Test
    void aPortInUseIsNamedWithHowToGoOn(@TempDir Path dir) throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "serve",
                    "--content", content.content().toString(), "--theme", TestSite.THEME.toString(), "--output",
                    dir.resolve("site").toString(), "--port", Integer.toString(port));
            assertEquals(Main.EXIT_INTERNAL, code, err.toString());
            assertTrue(err.toString().contains("cannot serve on 127.0.0.1:" + port)
                    && err.toString().contains("--port " + (port + 1)), err.toString());
            assertFalse(err.toString().contains("internal error"), err.toString());
        }
    }

    @Test
    void aFolderOfOtherFilesIsNeitherBuiltIntoNorServed(@TempDir Path dir) throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir);
        Path documents = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(documents.resolve("report.docx"), "a report");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "serve",
                "--content", content.content().toString(), "--theme", TestSite.THEME.toString(), "--output",
                documents.toString(), "--port", "0");
        assertEquals(Main.EXIT_CONTENT, code, err.toString());
        assertTrue(err.toString().contains("the folder holds files that no adal build made"), err.toString());
        assertFalse(err.toString().contains("serving"), err.toString());
        try (var entries = Files.list(documents)) {
            assertEquals(List.of(documents.resolve("report.docx")), entries.toList(), "the folder is as it was");
        }
    }

    @Test
    void aPortOutOfRangeOrAMistypedContentFolderIsAUsageErrorBeforeAnythingIsServed(@TempDir Path dir) {
        TestSite content = TestSite.copyOf("minimal-site", dir);
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "serve",
                "--content", content.content().toString(), "--theme", TestSite.THEME.toString(), "--output",
                dir.resolve("site").toString(), "--port", "99999");
        assertEquals(Main.EXIT_CONTENT, code, err.toString());
        assertTrue(err.toString().contains("--port is a number from 1 to 65535 (or 0, which picks a free one), not 99999"),
                err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());

        StringWriter mistyped = new StringWriter();
        code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(mistyped, true), "serve",
                "--content", dir.resolve("contnet").toString(), "--theme", TestSite.THEME.toString(), "--output",
                dir.resolve("site").toString(), "--port", "0");
        assertEquals(Main.EXIT_CONTENT, code, mistyped.toString());
        assertTrue(mistyped.toString().contains(dir.resolve("contnet") + " is not a folder"), mistyped.toString());
        assertFalse(mistyped.toString().contains("serving"), mistyped.toString());
        assertFalse(Files.exists(dir.resolve("site")), "nothing built");
    }
}
