package kz.adal.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.adal.content.GlossaryEntry;
import kz.adal.links.SitePaths;

/**
 * The glossary of Kazakh and Russian equivalents, the same list search uses for synonyms; each term opens the search
 * page for it, which finds it in either language.
 */
public final class GlossaryPage {
    static final String PATH = "glossary.html";
    private static final String SEARCH_PAGE = "search/index.html";
    private final Theme theme;
    private final Layout layout;

    public GlossaryPage(Theme theme, Layout layout) {
        this.theme = theme;
        this.layout = layout;
    }

    public Page render(List<GlossaryEntry> entries) {
        Messages t = layout.messages();
        Map<String, Object> model = layout.model(PATH, t.language(), t.get("glossary.title"));
        model.put("breadcrumbs", List.of(new LinkView(SitePaths.relative(PATH, "index.html"), t.get("nav.home"))));
        model.put("letters", byLetter(entries, t.language()));
        return new Page(PATH, theme.render("glossary", model));
    }

    /**
     * The entries as a dictionary has them: in the alphabet's order of their first term in the site's language, under
     * the letter it begins with. An entry's own terms stay in the glossary's order, its first the one it is known by.
     */
    private static List<LetterView> byLetter(List<GlossaryEntry> entries, String language) {
        Function<GlossaryEntry, String> headword = e -> language.equals("ru") ? e.ru().get(0) : e.kk().get(0);
        Map<String, List<EntryView>> letters = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(headword, Alphabet.of(language))).forEach(e ->
                letters.computeIfAbsent(Alphabet.initial(headword.apply(e)), letter -> new ArrayList<>())
                        .add(new EntryView(searchLinks(e.kk()), searchLinks(e.ru()))));
        return letters.entrySet().stream()
                .map(letter -> new LetterView(letter.getKey(), "letter-" + letter.getKey(), letter.getValue())).toList();
    }

    private static List<LinkView> searchLinks(List<String> terms) {
        return terms.stream().map(term -> new LinkView(SitePaths.relative(PATH, SEARCH_PAGE) + "?q="
                + URLEncoder.encode(term, StandardCharsets.UTF_8), term)).toList();
    }

    /** The entries filed under one letter, and the id the page's row of letters links to. */
    public record LetterView(String letter, String id, List<EntryView> entries) {
    }

    /** One row: the Kazakh terms and the Russian ones, each a link to its search. */
    public record EntryView(List<LinkView> kk, List<LinkView> ru) {
    }
}
