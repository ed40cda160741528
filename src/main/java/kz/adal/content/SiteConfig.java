package kz.adal.content;

import java.util.Map;
import java.util.Optional;

/**
 * The settings in {@code content/site.yml}; {@code siteUrl} is the published site's address, when known, for the
 * absolute URLs of the sitemap and the feed.
 */
public record SiteConfig(Map<String, String> title, String organisation, String language, String basePath,
        Optional<String> siteUrl) {

    /**
     * What stands for a site.yml that has a problem of its own, so that the rest of the content is checked in the same
     * run: never published, since that problem fails the run.
     */
    static SiteConfig standIn() {
        return new SiteConfig(Map.of("kk", "site.yml", "ru", "site.yml"), "site.yml", "kk", "/", Optional.empty());
    }

    /** The site title in {@code lang}, falling back to the default language's. */
    public String title(String lang) {
        return title.getOrDefault(lang, title.get(language));
    }
}
