package kz.adal.site;

import java.time.Duration;

/** What a build made, for the one-line summary. */
public record BuildResult(int pages, int protocols, int files, Duration took, String manifestSha256) {

    public String summary() {
        return String.format("built %d pages (%d protocols, %d files) in %.2f s; manifest.json sha256 %s", pages,
                protocols, files, took.toMillis() / 1000.0, manifestSha256);
    }
}
