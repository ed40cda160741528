package kz.adal.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SitePathsTest {

    @Test
    void relativeUrlsBetweenPages() {
        assertEquals("../../concept/02-current-situation.html",
                SitePaths.relative("protocols/2024/2024-08-12.html", "concept/02-current-situation.html"));
        assertEquals("../protocols/2024/2024-08-12.html",
                SitePaths.relative("concept/02-current-situation.html", "protocols/2024/2024-08-12.html"));
        assertEquals("index.html", SitePaths.relative("protocols/2024/2024-08-12.html", "protocols/2024/index.html"));
        assertEquals("concept/index.html", SitePaths.relative("index.html", "concept/index.html"));
        assertEquals("../index.html", SitePaths.relative("concept/01-passport.html", "index.html"));
    }

    @Test
    void rootPrefixCountsFolders() {
        assertEquals("", SitePaths.toRoot("index.html"));
        assertEquals("../../", SitePaths.toRoot("protocols/2024/2024-08-12.html"));
    }

    @Test
    void sourceLinksResolveAgainstTheirFile() {
        assertEquals(Optional.of("concept/02-current-situation.md"),
                SitePaths.resolveSource("protocols/2024/2024-08-12.md", "../../concept/02-current-situation.md"));
        assertEquals(Optional.of("protocols/2024/a.md"), SitePaths.resolveSource("protocols/2024/b.md", "./a.md"));
        assertEquals(Optional.empty(), SitePaths.resolveSource("concept/a.md", "../../outside.md"));
    }

    @Test
    void aFileNameWithASlipFindsTheOneFileItMeant() {
        SitePaths paths = new SitePaths(Map.of("concept/01-passport.md", "concept/01-passport.html",
                "concept/02-current-situation.md", "concept/02-current-situation.html",
                "concept/03-trends.md", "concept/03-trends.html", "protocols/2024/2024-08-12.md",
                "protocols/2024/2024-08-12.html", "protocols/2024/2024-09-16.md", "protocols/2024/2024-09-16.html"));
        assertEquals(Optional.of("concept/01-passport.md"), paths.sourceNamedLike("01-pasport.md"));
        assertEquals(Optional.of("concept/02-current-situation.md"), paths.sourceNamedLike("03-current-situation.md"));
        assertEquals(Optional.empty(), paths.sourceNamedLike("2024-08-16.md"), "as near to two protocols");
        assertEquals(Optional.empty(), paths.sourceNamedLike("09-missing.md"));
    }
}
