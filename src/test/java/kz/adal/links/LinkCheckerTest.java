package kz.adal.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.adal.content.Problem;
import kz.adal.content.Problems;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated pages' links and anchors: a link to a page and an anchor it has resolves; any other is reported. */
class LinkCheckerTest {

    private static List<Problem> problemsOf(String... pathsAndHtml) {
        Problems problems = new Problems();
        checkerOf(problems, pathsAndHtml).check(List.of(), List.of());
        return problems.sorted();
    }

    /** A checker that has seen each page of {@code pathsAndHtml} (a path, then its HTML), reporting to problems. */
    private static LinkChecker checkerOf(Problems problems, String... pathsAndHtml) {
        return checkerOf(problems, Map.of(), pathsAndHtml);
    }

    /** The same, where the content wrote {@code headings} (page, then id to words). */
    private static LinkChecker checkerOf(Problems problems, Map<String, Map<String, String>> headings,
            String... pathsAndHtml) {
        LinkChecker checker = new LinkChecker(problems, "/", page -> headings.getOrDefault(page, Map.of()));
        for (int i = 0; i < pathsAndHtml.length; i += 2) {
            checker.exists(pathsAndHtml[i]);
            checker.scan(pathsAndHtml[i], Jsoup.parse(pathsAndHtml[i + 1]));
        }
        return checker;
    }

    @Test
    void linksToPagesAndTheirAnchorsResolve() {
        assertEquals(List.of(), problemsOf("a.html", "<a href='b.html#x'>b</a><a href='#top'>top</a><p id='top'>",
                "b.html", "<h2 id='x'>x</h2>"));
    }

    @Test
    void aMissingAnchorIsABrokenLink() {
        assertEquals(List.of(new Problem("site/a.html", 1, "broken link 'b.html#y': the page b.html has no anchor #y",
                "fix the theme template that makes it")),
                problemsOf("a.html", "<a href='b.html#y'>b</a>", "b.html", "<h2 id='x'>x</h2>"));
    }

    /** A content link to a missing id is reported at its source line, with the id it meant when a slip made it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "s2.1 | did you mean '#s2-1'? the page has that id",
        "S2-1 | did you mean '#s2-1'? the page has that id",
        "с2-1 | did you mean '#s2-1'? the page has that id",
        "task3 | did you mean '#task-3'? the page has that id",
        // the page's own id is the slip (a Cyrillic а, reported at its line): the link is right
        "task-5 | the page's id 'tаsk-5' has Cyrillic letters for Latin ones: correct the id, at its own line, to read"
            + " as this link does",
        "s2-9 | link to an existing page and an id it has, e.g. ../../concept/02-current-situation.md#s2-1"})
    void aSlipInTheIdOfAContentLinkIsAnsweredWithTheIdItMeant(String fragment, String fix) {
        Problems problems = new Problems();
        LinkChecker checker = checkerOf(problems,
                "protocols/2024/a.html", "<a href='../../concept/b.html#" + fragment + "'>b</a>",
                "concept/b.html", "<h2 id='s2'>2</h2><h3 id='s2-1'>2.1</h3><h3 id='s2-2'>2.2</h3>"
                + "<li id='task-3'>3</li><li id='task-4'>4</li><li id='t\u0430sk-5'>5</li>");
        checker.check(List.of(new SourceLink("protocols/2024/a.md", 7, "protocols/2024/a.html", "concept/b.html",
                fragment)), List.of());
        assertEquals(List.of(new Problem("protocols/2024/a.md", 7, "broken link: the page concept/b.html has no anchor #"
                + fragment, fix)), problems.sorted());
    }

    /**
     * A link copied from a Markdown viewer names a heading by its words (GitHub's and VS Code's anchors), whole, with
     * the {#id} GitHub shows as text, or by their start, %-escaped as an address bar has it or not: it is answered
     * with the id the heading has here.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "21-қол-жеткізілген-нәтижелер | s2-1 | 2.1. Қол жеткізілген нәтижелер",
        "21-қол-жеткізілген-нәтижелер-s2-1 | s2-1 | 2.1. Қол жеткізілген нәтижелер",
        "21-%D2%9B%D0%BE%D0%BB-%D0%B6%D0%B5%D1%82%D0%BA%D1%96%D0%B7%D1%96%D0%BB%D0%B3%D0%B5%D0%BD-%D0%BD%D3%99%D1%82%D0%B8"
            + "%D0%B6%D0%B5%D0%BB%D0%B5%D1%80 | s2-1 | 2.1. Қол жеткізілген нәтижелер",
        "3-міндет | task-3 | 3-міндет. Жауапкершілікті күшейту",
        "22-UNI-PASS-жүйесі | s2-2 | 2.2. «UNI-PASS» жүйесі"})
    void aLinkThatNamesAHeadingAsAMarkdownViewerDoesIsAnsweredWithItsId(String fragment, String id, String words) {
        Problems problems = new Problems();
        LinkChecker checker = checkerOf(problems, Map.of("concept/b.html", Map.of(
                        "s2-1", "2.1. Қол жеткізілген нәтижелер", "s2-2", "2.2. «UNI-PASS» жүйесі",
                        "task-3", "3-міндет. Жауапкершілікті күшейту", "task-4", "4-міндет. Жария ету")),
                "protocols/2024/a.html", "<a href='../../concept/b.html#" + fragment + "'>b</a>",
                "concept/b.html", "<h2 id='s2-1'>2.1. Қол жеткізілген нәтижелер <a class='permalink' href='#s2-1'>¶</a>"
                + "</h2><h2 id='s2-2'>2.2. «UNI-PASS» жүйесі</h2><h2 id='task-3'>3-міндет. Жауапкершілікті күшейту</h2>"
                + "<h2 id='task-4'>4-міндет. Жария ету</h2>");
        checker.check(List.of(new SourceLink("protocols/2024/a.md", 7, "protocols/2024/a.html", "concept/b.html",
                fragment)), List.of());
        assertEquals(List.of(new Problem("protocols/2024/a.md", 7, "broken link: the page concept/b.html has no anchor #"
                + fragment, "did you mean '#" + id + "'? the heading '" + words + "' has that id, which never changes;"
                + " a Markdown viewer names it by its words")), problems.sorted());
    }

    /** Words that begin two headings, or none, name no heading. */
    @Test
    void wordsThatBeginTwoHeadingsNameNone() {
        Problems problems = new Problems();
        LinkChecker checker = checkerOf(problems, Map.of("concept/b.html", Map.of("task-3", "Міндет үш",
                        "task-4", "Міндет төрт")),
                "protocols/2024/a.html", "<a href='../../concept/b.html#міндет'>b</a>",
                "concept/b.html", "<h2 id='task-3'>Міндет үш</h2><h2 id='task-4'>Міндет төрт</h2>");
        checker.check(List.of(new SourceLink("protocols/2024/a.md", 7, "protocols/2024/a.html", "concept/b.html",
                "міндет")), List.of());
        assertEquals("link to an existing page and an id it has, e.g. ../../concept/02-current-situation.md#s2-1",
                problems.sorted().get(0).fix());
    }

    /**
     * A protocol held back for a problem of its own has no page this run, but will have once that is fixed: a link to
     * it is checked against the ids it will have, not reported as a link to no page; a link to its attachment waits.
     */
    @Test
    void aLinkToAHeldBackProtocolIsCheckedAgainstTheIdsItWillHave() {
        Problems problems = new Problems();
        LinkChecker checker = checkerOf(problems,
                "protocols/2024/a.html", "<a href='b.html#decision-1'>b</a><a href='b.html#s9'>b</a>"
                        + "<a href='b-scan.pdf'>скан</a>");
        HeldBackPage held = new HeldBackPage("protocols/2024/b.html", Optional.of(Set.of("decision-1", "main")),
                Set.of("protocols/2024/b-scan.pdf"), List.of());

        String from = "protocols/2024/a.html";
        checker.check(List.of(new SourceLink("protocols/2024/a.md", 7, from, "protocols/2024/b.html", "decision-1"),
                new SourceLink("protocols/2024/a.md", 8, from, "protocols/2024/b.html", "s9")), List.of(held));

        assertEquals(List.of(new Problem("protocols/2024/a.md", 8, "broken link: the page protocols/2024/b.html (not"
                + " published this run: its protocol has a problem of its own, reported with this one) has no"
                + " anchor #s9",
                "link to an existing page and an id it has, e.g. ../../concept/02-current-situation.md#s2-1")),
                problems.sorted());
    }

    /** A protocol whose text could not be read is held back all the same: a link to it, and to any anchor, waits. */
    @Test
    void aLinkToAnUnreadHeldBackProtocolWaitsWithAnyAnchor() {
        Problems problems = new Problems();
        LinkChecker checker = checkerOf(problems, "protocols/2024/a.html", "<a href='b.html'>b</a><a href='b.html#s9'>b</a>"
                + "<a href='c.html'>c</a>");
        HeldBackPage unread = new HeldBackPage("protocols/2024/b.html", Optional.empty(), Set.of(), List.of());

        checker.check(List.of(), List.of(unread));

        assertEquals(List.of(new Problem("site/protocols/2024/a.html", 1,
                "broken link 'c.html': there is no page protocols/2024/c.html", "fix the theme template that makes it")),
                problems.sorted());
    }

    /** The held-back protocol's own links are checked too: to other pages, and to its own anchors. */
    @Test
    void aHeldBackProtocolsLinksToItsOwnAnchorsAreChecked() {
        Problems problems = new Problems();
        LinkChecker checker = checkerOf(problems, "concept/c.html", "<h2 id='s1'>1</h2>");
        String page = "protocols/2024/b.html";
        HeldBackPage held = new HeldBackPage(page, Optional.of(Set.of("decision-1")), Set.of(), List.of(
                new SourceLink("protocols/2024/b.md", 20, page, page, "decision-1"),
                new SourceLink("protocols/2024/b.md", 21, page, page, "decision-2"),
                new SourceLink("protocols/2024/b.md", 22, page, "concept/c.html", "s1"),
                new SourceLink("protocols/2024/b.md", 23, page, "concept/c.html", "s2"),
                new SourceLink("protocols/2024/b.md", 24, page, "protocols/2024/b.pdf", "")));

        checker.check(List.of(), List.of(held));

        assertEquals(List.of(
                "protocols/2024/b.md:21: broken link: the page protocols/2024/b.html has no anchor #decision-2",
                "protocols/2024/b.md:23: broken link: the page concept/c.html has no anchor #s2"),
                problems.sorted().stream().map(p -> p.file() + ":" + p.line() + ": " + p.message()).toList());
    }
}
