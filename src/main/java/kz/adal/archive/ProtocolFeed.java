package kz.adal.archive;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kz.adal.content.Protocol;
import kz.adal.content.SiteConfig;
import kz.adal.links.SitePaths;
import kz.adal.format.XmlDocument;

/**
 * The Atom feed of the latest protocols, newest first, so that a feed reader tells staff and auditors of each new one;
 * the archive and the register hold them all, as a feed reader would not want to fetch them all again. Links are
 * relative to the feed (they work from file:// too) unless {@code site_url} is set; ids are stable name-based UUIDs.
 */
public final class ProtocolFeed {
    /** Where the feed is published. */
    public static final String PATH = "protocols/feed.xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Kazakhstan's time: a protocol's date and time are local. */
    private static final ZoneOffset KAZAKHSTAN = ZoneOffset.ofHours(5);
    /** Two years of monthly protocols: a feed announces what is new. */
    public static final int ENTRIES = 24;

    private ProtocolFeed() {
    }

    public static byte[] write(SiteConfig site, String title, List<Protocol> protocols) {
        List<Protocol> newestFirst = new ArrayList<>(protocols);
        newestFirst.sort(Comparator.comparing(Protocol::date).reversed());
        List<Protocol> latest = newestFirst.subList(0, Math.min(ENTRIES, newestFirst.size()));
        return XmlDocument.write("feed", ATOM, xml -> {
            xml.writeAttribute("xml:lang", site.language());
            element(xml, "id", id(site, "feed"));
            element(xml, "title", title);
            element(xml, "updated", newestFirst.isEmpty() ? "1970-01-01T00:00:00Z" : updated(newestFirst.get(0)));
            link(xml, "self", url(site, PATH, "feed.xml"));
            link(xml, "alternate", url(site, "protocols/index.html", "index.html"));
            xml.writeCharacters("\n");
            for (Protocol p : latest) {
                xml.writeStartElement("entry");
                element(xml, "id", id(site, p.date().toString()));
                element(xml, "title", p.date() + " — " + p.title());
                element(xml, "updated", updated(p));
                link(xml, "alternate", url(site, p.sitePath(), SitePaths.relative(PATH, p.sitePath())));
                xml.writeStartElement("author");
                element(xml, "name", p.secretary().name());
                xml.writeEndElement();
                element(xml, "summary", String.join("\n", p.agenda()));
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
        });
    }

    private static String updated(Protocol p) {
        return OffsetDateTime.of(p.date(), p.time(), KAZAKHSTAN).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The same id for the same organisation and date in every build. */
    private static String id(SiteConfig site, String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((site.organisation() + "\n" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static String url(SiteConfig site, String sitePath, String relative) {
        Optional<String> base = site.siteUrl();
        return base.map(b -> b + sitePath).orElse(relative);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
