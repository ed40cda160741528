package kz.adal.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives each heading and cited item of the concept a link to itself, as documentation sites give their headings:
 * a reader copies the address of exactly what they cite (…/06-indicators-and-results.html#s6-1-7) without knowing
 * the id. The link follows the element's own text, before a nested list.
 */
final class Permalinks {
    private static final String TARGETS = "h1[id], h2[id], h3[id], h4[id], h5[id], h6[id], li[id]";

    private Permalinks() {
    }

    /** {@code html} (a rendering of the concept) with the links; {@code label} is each link's name for screen readers. */
    static String add(String html, String label) {
        Document document = Jsoup.parseBodyFragment(html);
        // the rendering's own whitespace stays as it was; only the links are new
        document.outputSettings().prettyPrint(false);
        for (Element target : document.select(TARGETS)) {
            Element link = new Element("a").addClass("permalink").attr("href", "#" + target.id())
                    .attr("aria-label", label).attr("title", label).text("¶");
            Element nestedList = firstChild(target, "ul", "ol");
            Element paragraph = firstChild(target, "p");
            if (paragraph != null && target.firstElementChild() == paragraph) {
                paragraph.appendText(" ").appendChild(link);
            } else if (nestedList != null) {
                nestedList.before(" ");
                nestedList.before(link);
            } else {
                target.appendText(" ").appendChild(link);
            }
        }
        return document.body().html();
    }

    private static Element firstChild(Element parent, String... names) {
        for (Element child : parent.children()) {
            for (String name : names) {
                if (child.normalName().equals(name)) {
                    return child;
                }
            }
        }
        return null;
    }
}
