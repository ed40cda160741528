package kz.adal.site;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import kz.adal.format.XmlDocument;

/**
 * {@code sitemap.xml}: every page readers can land on, for an intranet search crawler. The sitemap protocol wants
 * absolute URLs, made from {@code site_url}; without it the URLs are relative to the sitemap.
 */
final class Sitemap {
    static final String PATH = "sitemap.xml";
    private static final Set<String> NOT_LISTED = Set.of("404.html", "search/index.html");

    private Sitemap() {
    }

    static byte[] write(Optional<String> siteUrl, Collection<String> pages) {
        return XmlDocument.write("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9", xml -> {
            xml.writeCharacters("\n");
            for (String page : pages.stream().filter(p -> !NOT_LISTED.contains(p)).sorted().toList()) {
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(siteUrl.orElse("") + page);
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
        });
    }
}
