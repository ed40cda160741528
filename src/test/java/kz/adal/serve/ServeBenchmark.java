package kz.adal.serve;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kz.adal.site.Chromium;

/**
 * Prints how long a saved protocol takes to appear in the browser under {@code adal serve} (run by
 * bench/serve-benchmark.sh, not a test): from the file written to its new text on the reloaded page, in Chromium.
 */
public final class ServeBenchmark {
    private static final int SAVES = 10;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("adal-serve-bench");
        try (ServeTest.Serving serve = new ServeTest.Serving(Path.of(args.length > 0 ? args[0] : "content"), dir);
                Chromium chromium = new Chromium()) {
            Page page = chromium.newPage();
            page.navigate(serve.url + "protocols/2024/2024-08-12.html");
            Path protocol = serve.content.resolve("protocols/2024/2024-08-12.md");
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < SAVES; i++) {
                page.waitForFunction("() => document.readyState === 'complete'");
                Thread.sleep(300);
                String marker = "Белгі" + i;
                long start = System.nanoTime();
                Files.writeString(protocol, "\n" + marker + ".\n", StandardOpenOption.APPEND);
                page.waitForFunction("m => document.querySelector('.minutes').textContent.indexOf(m) >= 0", marker,
                        new Page.WaitForFunctionOptions().setTimeout(30_000).setPollingInterval(10));
                millis.add((System.nanoTime() - start) / 1e6);
            }
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            System.out.printf("saved protocol visible in the browser, %d saves: median %.0f ms, fastest %.0f ms,"
                    + " slowest %.0f ms%n", SAVES, sorted.get(SAVES / 2), sorted.get(0), sorted.get(SAVES - 1));
            String log = serve.err.toString();
            System.out.println("rebuilds: " + log.lines().filter(l -> l.contains("built ")).skip(1)
                    .map(l -> l.replaceAll(".* in ([0-9.]+ s).*", "$1")).toList());
        }
    }

    private ServeBenchmark() {
    }
}
