package kz.adal.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.adal.content.Problem;
import kz.adal.content.Problems;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The generated pages' links and anchors: a link to a page and an anchor it has resolves; any other is reported. */
class LinkCheckerTest {

    private static List<Problem> problemsOf(String... pathsAndHtml) {
        Problems problems = new Problems();
        LinkChecker checker = new LinkChecker(problems, "/");
        for (int i = 0; i < pathsAndHtml.length; i += 2) {
            checker.exists(pathsAndHtml[i]);
            checker.scan(pathsAndHtml[i], Jsoup.parse(pathsAndHtml[i + 1]));
        }
        checker.check(List.of());
        return problems.sorted();
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
}
