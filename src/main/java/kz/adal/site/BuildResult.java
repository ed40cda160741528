package kz.adal.site;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;

/**
 * What a build made: the figures of its one-line summary, the SHA-256 of every file it published (path to hash)
 * and the paths it wrote or removed ({@code changed}: every file for a whole build).
 */
public record BuildResult(int pages, int protocols, Duration took, String manifestSha256,
        SortedMap<String, String> published, Set<String> changed) {

    public String summary() {
        return String.format(Locale.ROOT, "built %d pages (%d protocols, %d files) in %.2f s; manifest.json sha256 %s", pages,
                protocols, published.size(), took.toMillis() / 1000.0, manifestSha256);
    }
}
