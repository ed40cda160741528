package kz.adal.search;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.adal.format.Json;
import kz.adal.site.Chromium;
import kz.adal.site.StaticServer;

/**
 * Prints the search figures of a built site (run by bench/search-benchmark.sh, not a test): the client index's
 * files and bytes; in Chromium, the requests, bytes and dependency depth of a cold first query typed into the box
 * and of a further query; and the median time of a query, in Chromium driven by Playwright and in one that no tool
 * drives.
 */
public final class SearchBenchmark {
    private static final List<String> QUERIES = List.of("сыбайлас жемқорлық", "жемқорлыққа", "мемлекеттік қызмет",
            "жемкорлык", "коррупция", "взятка", "татуласт", "меритакратия", "қоғамдық бақылау", "цифрландыру",
            "Transparency International", "конфликт интересов", "сот", "декларация", "азаматтық қоғам", "1424",
            "e-Өтініш", "парасаттылық", "бюджет", "ашықтық");
    private static final String FURTHER = "мемлекеттік қызмет";

    private record Fetch(String url, long bytes, double start, double end) {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        long files;
        long bytes;
        try (Stream<Path> walk = Files.walk(site.resolve("search"))) {
            List<Path> all = walk.filter(Files::isRegularFile).toList();
            files = all.size();
            bytes = 0;
            for (Path p : all) {
                bytes += Files.size(p);
            }
        }
        System.out.printf("client index: %d files, %d bytes%n", files, bytes);
        try (StaticServer server = new StaticServer(site, "/"); Chromium chromium = new Chromium()) {
            List<Fetch> fetches = Collections.synchronizedList(new ArrayList<>());
            Page typed = open(chromium, server, fetches);
            System.out.printf("home page before the box is used: %d requests, %d bytes (search-box.js %d bytes)%n",
                    fetches.size(), sum(fetches), Files.size(site.resolve("assets/search-box.js")));
            fetches.clear();
            type(typed, QUERIES.get(0), false);
            double lastKey = ((Number) typed.evaluate("() => adalLastKey")).doubleValue();
            List<Fetch> typedScripts = scripts(typed);
            // asked as the letters come, the term files of the words so far (adal.prefetch) are not waited on after
            // the last key unless they are still on their way then
            System.out.printf("cold first query '%s' typed letter by letter: %d requests, %d bytes, %d dependent, of"
                    + " which %d still to come after its last key%n", QUERIES.get(0), fetches.size(), sum(fetches),
                    depth(typedScripts), depth(typedScripts.stream().filter(f -> f.end() > lastKey).toList()));
            printScripts(typedScripts, lastKey, "after the last key", server);
            typed.close();

            Page page = open(chromium, server, fetches);
            fetches.clear();
            type(page, QUERIES.get(0), true);
            List<Fetch> scripts = scripts(page);
            System.out.printf("cold first query '%s' pasted: %d requests, %d bytes, %d dependent%n",
                    QUERIES.get(0), fetches.size(), sum(fetches), depth(scripts));
            printScripts(scripts, scripts.get(0).start(), "after the first", server);
            fetches.clear();
            type(page, FURTHER, true);
            System.out.printf("further query '%s': %d requests, %d bytes (%d of them excerpts)%n", FURTHER, fetches.size(),
                    sum(fetches), excerpts(fetches));
            System.out.println("each query in turn, on the same page (what it loads that earlier ones had not):");
            List<Double> loadedBytes = new ArrayList<>();
            for (String q : QUERIES) {
                fetches.clear();
                time(page, q);
                long loaded = sum(fetches);
                long excerpts = excerpts(fetches);
                loadedBytes.add((double) loaded);
                System.out.printf("  %-28s %3d requests %7d bytes (%6d index, %6d excerpts)%n",
                        q, fetches.size(), loaded, loaded - excerpts, excerpts);
            }
            System.out.printf("median bytes of a query in turn: %.0f%n", median(loadedBytes));
            page.close();
            // timed on pages that record nothing: Playwright's request events would add to each file's time
            printTimes("from the web server", chromium, server.url());
            printTimes("from file://", chromium, site.toUri().toString());
        }
        try (StaticServer server = new StaticServer(site, "/")) {
            printTimesAlone(site, server);
        }
    }

    /**
     * The median time of a query on a fresh page: the first time (its term shards and excerpts loaded then; the
     * engine and meta.js already loaded, as after the box's focus) and repeated (the best of three).
     */
    private static void printTimes(String how, Chromium chromium, String root) {
        Page page = chromium.newPage();
        page.navigate(root + "search/index.html");
        page.waitForFunction("() => window.adal && window.adal.search");
        page.evaluate("() => adal.analyze(['x'], 'plain')");
        List<Double> first = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        for (String q : QUERIES) {
            first.add(time(page, q));
            again.add(Math.min(time(page, q), Math.min(time(page, q), time(page, q))));
        }
        page.close();
        System.out.printf("median query time %s over %d queries: %.1f ms first time (loading its files), %.1f ms"
                + " repeated%n", how, QUERIES.size(), median(first), median(again));
    }

    /**
     * The same medians in a Chromium that no tool drives, as a reader's is: Playwright drives it through DevTools,
     * whose events for each file lengthen the file's time even on a page that records nothing. A page written beside
     * the search page (and deleted after) runs the queries itself and hands its times back by opening a URL of a
     * one-off server.
     */
    private static void printTimesAlone(Path site, StaticServer server) throws Exception {
        BlockingQueue<String> reports = new LinkedBlockingQueue<>();
        HttpServer collector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        collector.createContext("/times", exchange -> {
            reports.add(exchange.getRequestURI().getQuery());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        collector.start();
        Path page = site.resolve("search/benchmark-times.html");
        try {
            String report = "http://127.0.0.1:" + collector.getAddress().getPort() + "/times";
            Files.writeString(page, Files.readString(site.resolve("search/index.html"))
                    .replace("</body>", "<script>" + timingScript(report) + "</script></body>"));
            for (String[] how : new String[][] {{"from the web server", server.url()},
                    {"from file://", site.toUri().toString()}}) {
                try (Chromium.Alone browser = Chromium.openAlone(how[1] + "search/benchmark-times.html")) {
                    String times = reports.poll(3, TimeUnit.MINUTES);
                    if (times == null) {
                        throw new IllegalStateException("Chromium reported no times from " + how[1]);
                    }
                    String[] firstAndAgain = times.split(";");
                    System.out.printf("median query time %s over %d queries, in a Chromium no tool drives: %.1f ms"
                            + " first time (loading its files), %.1f ms repeated%n", how[0], QUERIES.size(),
                            median(numbers(firstAndAgain[0])), median(numbers(firstAndAgain[1])));
                }
            }
        } finally {
            Files.deleteIfExists(page);
            collector.stop(0);
        }
    }

    /** What printTimes does, run by the page itself: each query the first time, then the best of three. */
    private static String timingScript(String report) {
        return "(function () { var queries = " + Json.of(QUERIES) + ";"
                + " function time(q) { var t = performance.now();"
                + "  return adal.search(q, {limit: 10}).then(function () { return performance.now() - t; }); }"
                + " function run() { var first = [], again = []; var chain = adal.analyze(['x'], 'plain');"
                + "  queries.forEach(function (q) {"
                + "   chain = chain.then(function () { return time(q); })"
                + "    .then(function (ms) { first.push(ms); return time(q); })"
                + "    .then(function (a) { return time(q).then(function (b) { return time(q).then(function (c) {"
                + "     again.push(Math.min(a, b, c)); }); }); }); });"
                + "  chain.then(function () {"
                + "   location.href = '" + report + "?' + first.join(',') + ';' + again.join(','); }); }"
                + " window.addEventListener('load', function () { setTimeout(run, 300); }); })();";
    }

    private static List<Double> numbers(String list) {
        return Stream.of(list.split(",")).map(Double::valueOf).toList();
    }

    /**
     * Records when the page's code asked for each script and when it had run (what depends on what), and when the
     * box's text last changed.
     */
    private static final String SCRIPT_LOG = "window.adalScripts = []; window.adalLastKey = 0;"
            + " document.addEventListener('input', function () { adalLastKey = performance.now(); }, true);"
            + " (function (append) {"
            + " Node.prototype.appendChild = function (node) {"
            + "  if (node.tagName === 'SCRIPT' && node.src) {"
            + "   var entry = {url: node.src, asked: performance.now(), done: Infinity}; adalScripts.push(entry);"
            + "   node.addEventListener('load', function () { entry.done = performance.now(); }); }"
            + "  return append.call(this, node); }; })(Node.prototype.appendChild);";

    private static Page open(Chromium chromium, StaticServer server, List<Fetch> fetches) {
        Page page = chromium.newPage();
        page.addInitScript(SCRIPT_LOG);
        page.onRequestFinished(r -> fetches.add(fetch(r)));
        page.navigate(server.url() + "index.html");
        page.waitForLoadState();
        return page;
    }

    private static double time(Page page, String query) {
        return ((Number) page.evaluate("q => { const t = performance.now(); "
                + "return adal.search(q, {limit: 10}).then(() => performance.now() - t); }", query)).doubleValue();
    }

    private static void type(Page page, String query, boolean pasted) {
        page.fill("#adal-q", "");
        page.focus("#adal-q");
        if (pasted) {
            page.keyboard().insertText(query);
        } else {
            page.keyboard().type(query);
        }
        page.waitForFunction("q => document.getElementById('adal-q').value === q && "
                + "document.getElementById('adal-status').textContent.length > 0", query);
        page.waitForTimeout(300);
    }

    /** Each script with when it was asked for and when it had run, in ms from {@code from}. */
    private static void printScripts(List<Fetch> scripts, double from, String fromWhat, StaticServer server) {
        System.out.printf("  (ms %s)%n", fromWhat);
        scripts.forEach(f -> System.out.printf("  asked %6.1f ms, ran %6.1f ms: %s%n", f.start() - from, f.end() - from,
                f.url().substring(server.url().length())));
    }

    private static Fetch fetch(Request r) {
        return new Fetch(r.url(), r.sizes().responseBodySize, r.timing().startTime, r.timing().startTime + r.timing().responseEnd);
    }

    /** The search scripts the page asked for, in order, with when it asked and when each had run. */
    private static List<Fetch> scripts(Page page) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> logged = (List<Map<String, Object>>) page.evaluate(
                "() => adalScripts.filter(s => s.url.indexOf('/search') >= 0)"
                + ".map(s => ({url: s.url, asked: s.asked, done: s.done === Infinity ? -1 : s.done}))");
        return logged.stream().map(m -> new Fetch((String) m.get("url"), 0, ((Number) m.get("asked")).doubleValue(),
                ((Number) m.get("done")).doubleValue())).toList();
    }

    private static long sum(List<Fetch> fetches) {
        return sum(fetches, "");
    }

    /** The bytes of the results' files: their start (docs/) and the rest of a long text (more/). */
    private static long excerpts(List<Fetch> fetches) {
        return sum(fetches, "/search/docs/") + sum(fetches, "/search/more/");
    }

    private static long sum(List<Fetch> fetches, String urlPart) {
        synchronized (fetches) {
            return fetches.stream().filter(f -> f.url().contains(urlPart)).mapToLong(Fetch::bytes).sum();
        }
    }

    /** The longest chain of scripts each asked for only after the previous one had run. */
    private static int depth(List<Fetch> fetches) {
        List<Fetch> sorted = new ArrayList<>(fetches);
        sorted.sort((a, b) -> Double.compare(a.start(), b.start()));
        int[] depth = new int[sorted.size()];
        int max = 0;
        for (int i = 0; i < sorted.size(); i++) {
            depth[i] = 1;
            for (int j = 0; j < i; j++) {
                if (sorted.get(j).end() <= sorted.get(i).start()) {
                    depth[i] = Math.max(depth[i], depth[j] + 1);
                }
            }
            max = Math.max(max, depth[i]);
        }
        return max;
    }

    /** The middle value; of an even number of values, the mean of the two in the middle. */
    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private SearchBenchmark() {
    }
}
