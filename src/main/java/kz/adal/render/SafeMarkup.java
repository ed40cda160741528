package kz.adal.render;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Verifies a whole generated page against a Jsoup {@link Safelist}: every element and attribute of the body must be
 * one the theme uses for content, and the head may hold only the theme's own stylesheet and scripts. Content is
 * made safe where it is read; this is the second wall, run on every page, so a gap anywhere fails the build.
 */
public final class SafeMarkup {
    private final Safelist safelist = Safelist.relaxed()
            .addTags("nav", "header", "footer", "main", "section", "article", "time", "hr", "sup", "sub", "form",
                    "input", "button", "label", "output", "mark", "fieldset", "legend", "select", "option")
            .addAttributes(":all", "id", "class", "lang", "role", "hidden", "aria-label", "aria-labelledby",
                    "aria-current", "aria-live", "aria-expanded", "aria-controls", "aria-autocomplete",
                    "aria-activedescendant", "aria-selected", "aria-hidden", "data-root", "data-results", "data-none",
                    "data-all", "data-searching", "data-partial", "data-results-more", "data-corrected",
                    "data-glossary")
            .addAttributes("a", "rel")
            .addAttributes("div", "tabindex")
            .addAttributes("time", "datetime")
            .addAttributes("form", "action", "method")
            .addAttributes("input", "type", "name", "value", "placeholder", "autocomplete", "spellcheck", "checked", "inputmode",
                    "enterkeyhint")
            .addAttributes("select", "name")
            .addAttributes("option", "value")
            .addAttributes("th", "scope")
            .addAttributes("label", "for")
            .addAttributes("button", "type")
            .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
            .removeProtocols("img", "src", "http", "https")
            .removeProtocols("blockquote", "cite", "http", "https")
            .removeProtocols("q", "cite", "http", "https");
    /** The links a page's head may have, each to a file of the site: its stylesheet, its feed, its icon. */
    private static final Set<String> HEAD_LINKS = Set.of("stylesheet", "alternate", "icon");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "action");
    private static final Pattern SCHEME = Pattern.compile("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    /** What is unsafe on the page, or empty. */
    public Optional<String> problemIn(Document page) {
        for (Element e : page.head().children()) {
            boolean allowed = switch (e.normalName()) {
                case "meta", "title" -> true;
                case "link" -> HEAD_LINKS.contains(e.attr("rel")) && isOwnFile(e.attr("href"));
                case "script" -> isOwnFile(e.attr("src")) && e.data().isBlank();
                default -> false;
            };
            if (!allowed) {
                return Optional.of("<" + e.normalName() + "> in the head");
            }
        }
        for (Element e : page.body().getAllElements()) {
            if (e == page.body()) {
                continue;
            }
            if (e.normalName().equals("script")) {
                if (!isOwnFile(e.attr("src")) || !e.data().isBlank()) {
                    return Optional.of("an inline or foreign <script>");
                }
                continue;
            }
            if (!safelist.isSafeTag(e.normalName())) {
                return Optional.of("<" + e.normalName() + ">");
            }
            for (Attribute attribute : e.attributes()) {
                // URLs are judged here by their scheme: the Safelist would resolve each one against a base URI first
                boolean safe = URL_ATTRIBUTES.contains(attribute.getKey())
                        ? isSafeUrl(attribute.getValue()) && safelist.isSafeAttribute(e.normalName(), e, new Attribute(attribute.getKey(), ""))
                        : safelist.isSafeAttribute(e.normalName(), e, attribute);
                if (!safe) {
                    return Optional.of("<" + e.normalName() + " " + attribute.getKey() + "=\"" + attribute.getValue() + "\">");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isSafeUrl(String url) {
        Matcher scheme = SCHEME.matcher(url);
        return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }

    /** A relative path inside the site: the theme's own assets and search files. */
    private static boolean isOwnFile(String url) {
        return !url.isEmpty() && !url.contains(":") && !url.startsWith("//");
    }
}
