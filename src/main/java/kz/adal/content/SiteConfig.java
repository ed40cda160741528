package kz.adal.content;

import java.util.Map;

/** The settings in {@code content/site.yml}. */
public record SiteConfig(Map<String, String> title, String organisation, String language, String basePath) {

    /** The site title in {@code lang}, falling back to the default language's. */
    public String title(String lang) {
        return title.getOrDefault(lang, title.get(language));
    }
}
