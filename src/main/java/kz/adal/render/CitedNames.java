package kz.adal.render;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.adal.format.WholeWords;
import kz.adal.markdown.Anchor;
import kz.adal.markdown.Heading;
import kz.adal.markdown.RenderedMarkdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How the ids of a concept page are named where protocols cite them: a heading by the number the concept gives it
 * ({@code 6-бөлім}, {@code 6.1}, {@code 3-міндет}), else by its words; an item by the number it is cited by
 * ({@code 6.1.7} for s6-1-7), else by its first words. A reader cannot tell what {@code s6-1} is.
 */
final class CitedNames {
    /** A heading's own number before its words: 6-бөлім. 6.1. 2.1. 3. 3-міндет; not a year (2026 жылғы ...). */
    private static final Pattern OWN_NUMBER =
            Pattern.compile("^([0-9]+(?:\\.[0-9]+)+|[0-9]+(?=\\.)|[0-9]+-\\p{L}+)\\.?(?=\\s|$)");
    /** Enough of a heading's or an item's words to tell it from its neighbours in one line of citations. */
    private static final int WORDS = 48;

    private CitedNames() {
    }

    /** Each id of {@code page}, headings and items, with its name; an id of none of them is named as itself. */
    static Map<String, String> of(RenderedMarkdown page) {
        Map<String, String> names = new HashMap<>();
        for (Heading heading : page.headings()) {
            if (heading.id() != null) {
                names.put(heading.id(), headingName(heading.text()));
            }
        }
        Document html = null;
        for (Anchor anchor : page.anchors()) {
            if (!names.containsKey(anchor.id())) {
                html = html == null ? Jsoup.parseBodyFragment(page.html()) : html;
                names.put(anchor.id(), itemName(anchor.id(), html.getElementById(anchor.id())));
            }
        }
        return names;
    }

    private static String headingName(String text) {
        Matcher number = OWN_NUMBER.matcher(text);
        return number.find() ? number.group(1) : WholeWords.upTo(text, WORDS);
    }

    private static String itemName(String id, Element item) {
        return Anchor.citedAs(id)
                .orElseGet(() -> item == null || item.text().isBlank() ? id : WholeWords.upTo(item.text(), WORDS));
    }
}
