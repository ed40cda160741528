package kz.adal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SafeMarkupTest {
    private final SafeMarkup check = new SafeMarkup();

    private Optional<String> problemIn(String html) {
        return check.problemIn(Jsoup.parse(html));
    }

    @Test
    void theThemesOwnMarkupIsSafe() {
        assertEquals(Optional.empty(), problemIn("<html><head><meta charset=utf-8><title>t</title>"
                + "<link rel=stylesheet href=../../assets/style.css><link rel=icon href=../../assets/favicon.ico></head><body><nav aria-label=x><a href=../index.html>a</a>"
                + "</nav><main id=main><time datetime=2024-08-12>12</time><span lang=ru>р</span></main>"
                + "<script src=../../assets/search.js></script></body></html>"));
    }

    @Test
    void executableMarkupIsFound() {
        assertTrue(problemIn("<body><img src=x onerror=alert(1)></body>").isPresent());
        assertTrue(problemIn("<body><a href='javascript:alert(1)'>x</a></body>").isPresent());
        assertTrue(problemIn("<body><script>alert(1)</script></body>").isPresent());
        assertTrue(problemIn("<body><iframe src=x></iframe></body>").isPresent());
        assertTrue(problemIn("<head><script src='http://evil.example/x.js'></script></head><body></body>").isPresent());
        assertTrue(problemIn("<head><style>body{}</style></head><body></body>").isPresent());
        assertTrue(problemIn("<head><link rel=icon href='http://evil.example/i.ico'></head><body></body>").isPresent());
        assertTrue(problemIn("<head><link rel=import href=x.html></head><body></body>").isPresent());
    }
}
