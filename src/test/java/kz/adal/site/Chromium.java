package kz.adal.site;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless, with a fresh profile and no background network.
 * Playwright never downloads a browser here; ADAL_CHROMIUM overrides the browser's path.
 */
public final class Chromium implements AutoCloseable {
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private final Playwright playwright;
    private final BrowserContext context;
    private final Path profile;

    public Chromium() {
        String executable = System.getenv().getOrDefault("ADAL_CHROMIUM", "/usr/bin/chromium");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            profile = Files.createTempDirectory("adal-chromium-");
            context = playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                    .setExecutablePath(Path.of(executable)).setHeadless(true).setArgs(ARGS)
                    .setViewportSize(1280, 900));
        } catch (IOException e) {
            playwright.close();
            throw new UncheckedIOException(e);
        }
    }

    public Page newPage() {
        return context.newPage();
    }

    /** Where screenshots go, for a person to look at after the run. */
    public static Path screenshot(String name) {
        return Path.of("target", "screenshots", name + ".png");
    }

    @Override
    public void close() {
        context.close();
        playwright.close();
        try {
            TestSite.deleteTree(profile);
        } catch (UncheckedIOException e) {
            // a file Chromium was still writing as it exited: the temporary folder is left for the system to clear
        }
    }
}
