package kz.adal.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import kz.adal.content.Problems;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every internal link and anchor of the generated HTML. Pages are scanned as they are generated (with
 * Jsoup) and checked once all exist. A broken link written in content is reported at its source file and line;
 * one made by a template is reported at the generated page.
 */
public final class LinkChecker {
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//)");
    /** Taken out of an id to leave its numbers, which are what it cites. */
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    private final Problems problems;
    private final String basePath;
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> idsByPage = new ConcurrentHashMap<>();
    private final Map<String, List<String>> hrefsByPage = new ConcurrentHashMap<>();
    /** The ids each held-back page will have; none known of one whose text could not be read. */
    private final Map<String, Optional<Set<String>>> idsOfHeldBack = new HashMap<>();
    private final Set<String> attachmentsHeldBack = new HashSet<>();
    private final Function<String, Map<String, String>> headingsOn;

    /**
     * A checker reporting to {@code problems}; {@code headingsOn} gives the headings the content wrote on a page (id
     * to words), asked for only to answer a broken link whose anchor names one as a Markdown viewer does.
     */
    public LinkChecker(Problems problems, String basePath, Function<String, Map<String, String>> headingsOn) {
        this.problems = problems;
        this.basePath = basePath;
        this.headingsOn = headingsOn;
    }

    /** Records that a file of this path is published. */
    public void exists(String path) {
        files.add(path);
    }

    /** Records the ids and the links of one generated page; safe to call from several threads. */
    public void scan(String page, Document doc) {
        Set<String> ids = new HashSet<>();
        List<String> hrefs = new ArrayList<>();
        // one walk over the page for both, instead of two CSS selections that each walk it and evaluate a selector
        for (Element e : doc.getAllElements()) {
            if (e.hasAttr("id")) {
                ids.add(e.id());
            }
            String reference = switch (e.normalName()) {
                case "a", "link" -> "href";
                case "script", "img" -> "src";
                default -> null;
            };
            if (reference != null && e.hasAttr(reference)) {
                String href = e.attr(reference);
                if (!EXTERNAL.matcher(href).find()) {
                    hrefs.add(href.intern());
                }
            }
        }
        idsByPage.put(page, ids);
        hrefsByPage.put(page, hrefs);
    }

    /**
     * Checks every recorded link, reporting content links at {@code sourceLinks}' file and line, then the links of
     * the {@code heldBack} pages. A link to a held-back page is checked against the ids that page will have, and one
     * to its attachment resolves: neither is broken, only waiting for that protocol's own problem to be fixed, which
     * the run reports too.
     */
    public void check(List<SourceLink> sourceLinks, List<HeldBackPage> heldBack) {
        heldBack.forEach(held -> {
            idsOfHeldBack.putIfAbsent(held.page(), held.ids());
            attachmentsHeldBack.addAll(held.attachments());
        });
        Map<String, SourceLink> bySite = new HashMap<>();
        for (SourceLink link : sourceLinks) {
            bySite.putIfAbsent(link.page() + " " + link.targetPage() + "#" + link.fragment(), link);
        }
        hrefsByPage.keySet().stream().sorted().forEach(page -> {
            for (String href : hrefsByPage.get(page).stream().distinct().toList()) {
                String problem = problemOf(page, href);
                if (problem != null) {
                    report(page, href, problem, bySite);
                }
            }
        });
        heldBack.forEach(this::checkHeldBack);
    }

    /**
     * Checks the links of a held-back page as if it were published: to other pages and their anchors, and to its own
     * anchors; not to a file such as its attachment, which is not published either.
     */
    private void checkHeldBack(HeldBackPage held) {
        for (SourceLink link : held.links()) {
            if (!link.targetPage().endsWith(".html")) {
                continue;
            }
            // two protocols of one date share a page: a link of the one held back to its own anchor means its own text
            boolean own = link.targetPage().equals(held.page());
            String problem = own ? problemOfAnchor(held.page(), held.ids().orElse(null), link.fragment(), "")
                    : problemOfTarget(link.targetPage(), link.fragment());
            if (problem != null) {
                reportAt(link, problem, own ? held.ids().orElseThrow() : idsOf(link.targetPage()));
            }
        }
    }

    /** What is wrong with {@code href} on {@code page}, or null when it resolves. */
    private String problemOf(String page, String href) {
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String target;
        if (path.isEmpty()) {
            target = page;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                return "it leaves the site's base path " + basePath;
            }
            target = path.substring(basePath.length());
        } else {
            target = SitePaths.resolveSource(page, path).orElse(null);
            if (target == null) {
                return "it leads outside the site";
            }
        }
        return problemOfTarget(target, fragment);
    }

    /** What is wrong with a link to page {@code target} and its anchor {@code fragment}, or null when both exist. */
    private String problemOfTarget(String target, String fragment) {
        if (target.isEmpty() || target.endsWith("/")) {
            return "it names a folder; from file:// a folder link must name its index.html";
        }
        if (!files.contains(target) && attachmentsHeldBack.contains(target)) {
            return null;
        }
        if (!files.contains(target) && idsOfHeldBack.containsKey(target)) {
            return problemOfAnchor(target, idsOfHeldBack.get(target).orElse(null), fragment,
                    " (not published this run: its protocol has a problem of its own, reported with this one)");
        }
        if (!files.contains(target)) {
            return "there is no page " + target;
        }
        return problemOfAnchor(target, idsByPage.get(target), fragment, "");
    }

    /** What is wrong with anchor {@code fragment} of {@code page}, whose ids are {@code ids} (null: not a page). */
    private static String problemOfAnchor(String page, Set<String> ids, String fragment, String aboutPage) {
        if (!fragment.isEmpty() && ids != null && !ids.contains(fragment)) {
            return "the page " + page + aboutPage + " has no anchor #" + fragment;
        }
        return null;
    }

    private void report(String page, String href, String problem, Map<String, SourceLink> bySite) {
        String resolved = href.startsWith("#") ? page + href : SitePaths.resolveSource(page, href).orElse(href);
        String key = page + " " + (resolved.contains("#") ? resolved : resolved + "#");
        SourceLink source = bySite.get(key);
        if (source != null) {
            reportAt(source, problem, idsOf(source.targetPage()));
        } else {
            problems.add("site/" + page, 1, "broken link '" + href + "': " + problem, "fix the theme template that makes it");
        }
    }

    /** The ids of {@code page}, published or held back; none when there is no such page. */
    private Set<String> idsOf(String page) {
        return idsByPage.getOrDefault(page, idsOfHeldBack.getOrDefault(page, Optional.empty()).orElse(Set.of()));
    }

    /** Reports a broken link written in content at its file and line, with the id of {@code ids} it likely meant. */
    private void reportAt(SourceLink source, String problem, Set<String> ids) {
        // A slip in the id (#s2.1, #S2-1, a Cyrillic с) meant the id of the page nearest it; one of its numbers
        // (#s2-9) is no slip but a section the page lacks.
        String digits = NOT_DIGIT.matcher(source.fragment()).replaceAll("");
        Optional<String> meant = source.fragment().isEmpty() ? Optional.empty()
                : Nearest.of(source.fragment(), ids.stream()
                        .filter(id -> NOT_DIGIT.matcher(id).replaceAll("").equals(digits)).toList(), id -> id);
        Map<String, String> headings = meant.isPresent() || source.fragment().isEmpty() ? Map.of()
                : headingsOn.apply(source.targetPage());
        Optional<String> named = ViewerAnchors.idNamed(source.fragment(), headings);
        problems.add(source.sourceFile(), source.line(), "broken link: " + problem, meant
                .map(id -> MixedScript.mixes(id) && !MixedScript.mixes(source.fragment())
                        ? "the page's id '" + id + "' has Cyrillic letters for Latin ones: correct the id, at its"
                                + " own line, to read as this link does"
                        : "did you mean '#" + id + "'? the page has that id")
                .or(() -> named.map(id -> "did you mean '#" + id + "'? the heading '" + headings.get(id)
                        + "' has that id, which never changes; a Markdown viewer names it by its words"))
                .orElse("link to an existing page and an id it has, e.g. ../../concept/02-current-situation.md#s2-1"));
    }
}
