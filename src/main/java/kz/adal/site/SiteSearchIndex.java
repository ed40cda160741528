package kz.adal.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.adal.content.Content;
import kz.adal.markdown.RenderedMarkdown;
import kz.adal.render.Messages;
import kz.adal.search.GlossaryTerms;
import kz.adal.search.SearchDocuments;
import kz.adal.search.SearchIndex;
import kz.adal.search.SearchLabels;

/** The search index of a site: its renderings, labelled with the theme's words as the pages show them. */
final class SiteSearchIndex {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private SiteSearchIndex() {
    }

    /** {@code messages} holds the UI strings of both languages; the site's language names the breadcrumbs. */
    static SearchIndex of(Content content, Map<String, RenderedMarkdown> rendered, Map<String, Messages> messages) {
        Messages t = messages.get(content.site().language());
        // a protocol's page shows its record in the protocol's language, kk or ru
        Map<String, SearchLabels.RecordLabels> records = new HashMap<>();
        messages.forEach((lang, strings) -> records.put(lang, recordLabels(strings)));
        SearchLabels labels = new SearchLabels(t.get("nav.concept"), lang -> messages.get(lang).get("nav.archive"),
                (lang, date) -> messages.get(lang).date(date), date -> datesAsSearched(date, messages), records::get);
        return SearchIndex.build(SearchDocuments.of(content, rendered, labels), GlossaryTerms.of(content.glossary()));
    }

    /** The labels of a protocol's record as its page in that language shows them. */
    private static SearchLabels.RecordLabels recordLabels(Messages t) {
        return new SearchLabels.RecordLabels(t.get("protocol.place"), t.get("protocol.city"),
                t.get("protocol.attendees"), t.get("protocol.secretary"), t.get("protocol.speakers"),
                t.get("protocol.agenda"), t.get("protocol.decisions"), t.get("protocol.signed"),
                t.get("protocol.executor"), t.get("protocol.phone"));
    }

    /**
     * A protocol's date as people type it to find the protocol: in words in either language (тамыз 2024, 12 августа
     * 2024 г.) and in figures (12.08.2024, 2024-08-12).
     */
    private static String datesAsSearched(LocalDate date, Map<String, Messages> messages) {
        List<String> spellings = new ArrayList<>();
        for (String lang : List.of("kk", "ru")) {
            spellings.add(messages.get(lang).date(date));
            spellings.add(messages.get(lang).month(date.getMonthValue()));
        }
        spellings.add(date.format(DAY_MONTH_YEAR));
        spellings.add(date.toString());
        return String.join(" ", spellings);
    }
}
