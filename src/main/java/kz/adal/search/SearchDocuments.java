package kz.adal.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import kz.adal.content.ConceptSection;
import kz.adal.content.Content;
import kz.adal.content.Person;
import kz.adal.content.Protocol;
import kz.adal.format.WholeWords;
import kz.adal.markdown.Anchor;
import kz.adal.markdown.RenderedMarkdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Cuts the content into search results: each concept heading's block (its text up to the next heading) and each
 * numbered item with an id, so a result deep-links to what it cites; and one result per protocol.
 */
public final class SearchDocuments {
    private static final int ITEM_TITLE_LENGTH = 90;

    private SearchDocuments() {
    }

    public static List<SearchDocument> of(Content content, Map<String, RenderedMarkdown> rendered, SearchLabels labels) {
        List<SearchDocument> documents = new ArrayList<>();
        List<ConceptSection> pages = new ArrayList<>();
        pages.add(content.conceptFrontPage());
        pages.addAll(content.conceptSections());
        for (ConceptSection page : pages) {
            concept(page.sitePath(), rendered.get(page.source().path()).html(), labels.concept(), content.site().language(),
                    documents);
        }
        // protocols are most of a large archive: their text is extracted on every core; newest first, since results
        // of equal score keep the order of their documents, and protocols of one template often score alike
        List<Protocol> newestFirst = new ArrayList<>(content.protocols());
        Collections.reverse(newestFirst);
        documents.addAll(newestFirst.parallelStream()
                .map(p -> protocol(p, rendered.get(p.source().path()).html(), labels)).toList());
        return documents;
    }

    private static void concept(String path, String html, String conceptLabel, String lang, List<SearchDocument> out) {
        String[] headingAt = new String[7];
        Element heading = null;
        StringBuilder body = new StringBuilder();
        for (Element e : Jsoup.parseBodyFragment(html).body().children()) {
            if (e.normalName().matches("h[1-6]")) {
                flush(path, heading, trail(conceptLabel, headingAt, heading), body, lang, out);
                int level = e.normalName().charAt(1) - '0';
                headingAt[level] = e.text();
                for (int l = level + 1; l < headingAt.length; l++) {
                    headingAt[l] = null;
                }
                heading = e;
                body.setLength(0);
            } else {
                Elements items = e.select("li[id]");
                for (Element item : items) {
                    String text = item.text();
                    List<String> crumbs = trail(conceptLabel, headingAt, null);
                    out.add(new SearchDocument(path + "#" + item.id(), marker(item), shortened(text), crumbs,
                            SearchDocument.CONCEPT, 0, lang,
                            String.join(" ", crumbs.subList(1, crumbs.size())) + citation(item.id()), text));
                }
                // the items are results of their own; removed only now, so each still counts its place in its list
                items.remove();
                body.append(e.text()).append('\n');
            }
        }
        flush(path, heading, trail(conceptLabel, headingAt, heading), body, lang, out);
    }

    /**
     * A long item's title: its text up to the last whole word that fits, since a word cut in the middle would be
     * indexed as a title word (the 7 of "74-75" made 6.1.3 a result for 6.1.7).
     */
    private static String shortened(String text) {
        return WholeWords.upTo(text, ITEM_TITLE_LENGTH);
    }

    /** An item's number as its numbered list shows it ("2."), counted from the list's start; "" in a bulleted list. */
    private static String marker(Element item) {
        Element list = item.parent();
        if (list == null || !list.normalName().equals("ol")) {
            return "";
        }
        String start = list.attr("start");
        int first = start.matches("[0-9]{1,6}") ? Integer.parseInt(start) : 1;
        return (first + item.elementSiblingIndex()) + ".";
    }

    /**
     * How an item with a numbered id is cited ({@code 6.1.2} for s6-1-2), for its headings: the text numbers an item
     * only by its place in the list, and a reader types the number to find it.
     */
    private static String citation(String id) {
        return Anchor.citedAs(id).map(number -> " " + number).orElse("");
    }

    /** The breadcrumb above a block: the concept, then each enclosing heading. */
    private static List<String> trail(String conceptLabel, String[] headingAt, Element own) {
        List<String> trail = new ArrayList<>();
        trail.add(conceptLabel);
        int ownLevel = own == null ? 7 : own.normalName().charAt(1) - '0';
        for (int level = 1; level < ownLevel; level++) {
            if (headingAt[level] != null) {
                trail.add(headingAt[level]);
            }
        }
        return trail;
    }

    private static void flush(String path, Element heading, List<String> trail, StringBuilder body, String lang,
            List<SearchDocument> out) {
        if (heading == null || heading.id().isEmpty()) {
            return;
        }
        out.add(new SearchDocument(path + "#" + heading.id(), "", heading.text(), trail, SearchDocument.CONCEPT, 0, lang,
                String.join(" ", trail.subList(1, trail.size())), body.toString().strip()));
    }

    private static SearchDocument protocol(Protocol p, String html, SearchLabels labels) {
        SearchLabels.RecordLabels label = labels.record().apply(p.lang());
        StringBuilder body = new StringBuilder();
        // the record's labels head its lines on the page, as headings do: Қатысқандар finds the protocols before the
        // texts with қатысу (participation) only in their body
        List<String> shown = new ArrayList<>();
        line(body, shown, label.place(), List.of(p.place()));
        line(body, shown, label.city(), List.of(p.city()));
        line(body, shown, label.attendees(), List.of(p.attendees().description()));
        line(body, shown, label.secretary(), List.of(person(p.secretary())));
        line(body, shown, label.speakers(), p.speakers().stream().map(SearchDocuments::person).toList());
        line(body, shown, label.agenda(), p.agenda());
        body.append(textOf(html)).append('\n');
        line(body, shown, label.decisions(), p.decisions());
        line(body, shown, label.signed(), p.signedBy().stream().map(SearchDocuments::person).toList());
        line(body, shown, label.executor(), List.of(p.executor().name()
                + p.executor().phone().map(phone -> ", " + label.phone() + " " + phone).orElse("")));
        // every month's protocol may carry the same title: its date, shown before it as the browser's tab does, tells
        // them apart; the breadcrumb, the archive and the year, is the page's own, in the page's language
        String date = labels.date().apply(p.lang(), p.date()) + " —";
        List<String> trail = List.of(labels.archive().apply(p.lang()), Integer.toString(p.date().getYear()));
        String headings = labels.datesAsSearched().apply(p.date()) + p.number().map(n -> " №" + n).orElse("") + "\n"
                + String.join(" ", p.agenda()) + "\n" + String.join("\n", shown);
        return new SearchDocument(p.sitePath(), date, p.title(), trail, SearchDocument.PROTOCOL, p.date().getYear(),
                p.lang(), headings, body.toString().strip());
    }

    /** A protocol's text as its page shows it, a photo by its description: what a screen reader reads there too. */
    private static String textOf(String html) {
        Element text = Jsoup.parseBodyFragment(html).body();
        for (Element photo : text.getElementsByTag("img")) {
            photo.replaceWith(new TextNode(" " + photo.attr("alt") + " "));
        }
        return text.text();
    }

    /**
     * A line of the record as the page shows it, label first ({@code Кеңес хатшысы: ...}), its label kept in
     * {@code shown}; none without values.
     */
    private static void line(StringBuilder body, List<String> shown, String label, List<String> values) {
        if (!values.isEmpty()) {
            body.append(label).append(": ").append(String.join("; ", values)).append('\n');
            shown.add(label);
        }
    }

    private static String person(Person person) {
        return (person.role() + " " + person.name()).strip();
    }
}
