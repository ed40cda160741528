package kz.adal.site;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless, with a fresh profile and no background network; or started
 * alone, with no tool attached ({@link #openAlone}). Playwright never downloads a browser here; ADAL_CHROMIUM
 * overrides the browser's path.
 */
public final class Chromium implements AutoCloseable {
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private final Playwright playwright;
    private final BrowserContext context;
    private final Path profile;

    public Chromium() {
        String executable = executable();
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

    /**
     * Starts the browser on {@code url} with no tool attached, as a reader runs it: for timings that DevTools'
     * events (Playwright's way of driving it) would lengthen.
     */
    public static Alone openAlone(String url) throws IOException {
        Path profile = Files.createTempDirectory("adal-chromium-");
        List<String> command = new ArrayList<>();
        command.add(executable());
        command.addAll(ARGS);
        command.add("--user-data-dir=" + profile);
        command.add("--window-size=1280,900");
        command.add(url);
        Process browser = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return new Alone(browser, profile);
    }

    /** A browser started by {@link #openAlone}; closing it ends all its processes, then deletes its profile. */
    public record Alone(Process browser, Path profile) implements AutoCloseable {
        @Override
        public void close() {
            List<ProcessHandle> processes = new ArrayList<>(browser.descendants().toList());
            processes.add(browser.toHandle());
            processes.forEach(ProcessHandle::destroy);
            processes.forEach(p -> p.onExit().join());
            TestSite.deleteTree(profile);
        }
    }

    private static String executable() {
        return System.getenv().getOrDefault("ADAL_CHROMIUM", "/usr/bin/chromium");
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
        deleteProfile(profile);
    }

    /**
     * Deletes a profile folder; Chromium's helper processes may still be writing into it for a moment after the
     * browser closed, so a failed attempt is retried, and after two seconds the folder is left for the system.
     */
    private static void deleteProfile(Path profile) {
        for (int attempt = 0; attempt < 20 && Files.exists(profile); attempt++) {
            try {
                TestSite.deleteTree(profile);
            } catch (UncheckedIOException e) {
                sleep(100);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
