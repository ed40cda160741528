package kz.adal.links;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.adal.content.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every internal link and anchor of the generated HTML. A broken link written in content is reported at
 * its source file and line; one made by a template is reported at the generated page.
 */
public final class LinkChecker {
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//)");

    private final Problems problems;
    private final String basePath;

    public LinkChecker(Problems problems, String basePath) {
        this.problems = problems;
        this.basePath = basePath;
    }

    private record PageLinks(String page, Set<String> ids, List<String> hrefs) {
    }

    public void check(Map<String, byte[]> files, List<SourceLink> sourceLinks) {
        Map<String, PageLinks> pages = files.entrySet().parallelStream()
                .filter(e -> e.getKey().endsWith(".html"))
                .map(e -> parse(e.getKey(), e.getValue()))
                .collect(Collectors.toMap(PageLinks::page, p -> p));
        Map<String, SourceLink> bySite = new HashMap<>();
        for (SourceLink link : sourceLinks) {
            bySite.putIfAbsent(link.page() + " " + link.targetPage() + "#" + link.fragment(), link);
        }
        Set<String> reported = new HashSet<>();
        pages.values().stream().sorted((a, b) -> a.page().compareTo(b.page())).forEach(page -> {
            for (String href : page.hrefs()) {
                String problem = problemOf(page.page(), href, files, pages);
                if (problem != null && reported.add(page.page() + " " + href)) {
                    report(page.page(), href, problem, bySite);
                }
            }
        });
    }

    private static PageLinks parse(String page, byte[] html) {
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        Set<String> ids = doc.select("[id]").stream().map(e -> e.id()).collect(Collectors.toSet());
        List<String> hrefs = doc.select("a[href], link[href], script[src], img[src]").stream()
                .map(LinkChecker::target).toList();
        return new PageLinks(page, ids, hrefs);
    }

    private static String target(Element e) {
        return e.hasAttr("href") ? e.attr("href") : e.attr("src");
    }

    /** What is wrong with {@code href} on {@code page}, or null when it resolves. */
    private String problemOf(String page, String href, Map<String, byte[]> files, Map<String, PageLinks> pages) {
        if (EXTERNAL.matcher(href).find()) {
            return null;
        }
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
        if (target.isEmpty() || target.endsWith("/")) {
            return "it names a folder; from file:// a folder link must name its index.html";
        }
        if (!files.containsKey(target)) {
            return "there is no page " + target;
        }
        PageLinks targetPage = pages.get(target);
        if (!fragment.isEmpty() && targetPage != null && !targetPage.ids().contains(fragment)) {
            return "the page " + target + " has no anchor #" + fragment;
        }
        return null;
    }

    private void report(String page, String href, String problem, Map<String, SourceLink> bySite) {
        String resolved = href.startsWith("#") ? page + href : SitePaths.resolveSource(page, href).orElse(href);
        String key = page + " " + (resolved.contains("#") ? resolved : resolved + "#");
        SourceLink source = bySite.get(key);
        if (source != null) {
            problems.add(source.sourceFile(), source.line(), "broken link: " + problem,
                    "link to an existing page and an id it has, e.g. ../../concept/02-current-situation.md#s2-1");
        } else {
            problems.add("site/" + page, 1, "broken link '" + href + "': " + problem, "fix the theme template that makes it");
        }
    }
}
