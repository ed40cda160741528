package kz.adal.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.adal.content.ContentException;

/**
 * The project's real {@code content/} built once for the whole test run (at {@link TestSite#END_OF_2024}) into a
 * temporary folder deleted when the run ends: for the tests that only read the site. A test that changes the site
 * builds its own with {@link TestSite#realContent()}.
 */
public final class RealSite {
    private static Path site;

    private RealSite() {
    }

    /** The built site's folder; the first call builds it. */
    public static synchronized Path folder() {
        if (site == null) {
            try {
                Path dir = Files.createTempDirectory("adal-real-site");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> TestSite.deleteTree(dir)));
                TestSite.realContent().run(dir.resolve("site"));
                site = dir.resolve("site");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ContentException e) {
                throw new IllegalStateException("content/ does not build: " + e.getMessage(), e);
            }
        }
        return site;
    }
}
