package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Printing in Chromium: a protocol as a clean A4 record, its PDF rasterised to check the sheets, and the whole
 * concept from one page.
 */
class PrintTest {
    static Path site;
    static Chromium chromium;

    @BeforeAll
    static void setUp() throws Exception {
        site = RealSite.folder();
        chromium = new Chromium();
    }

    @AfterAll
    static void tearDown() {
        chromium.close();
    }

    private static Page printed(String path) {
        Page page = chromium.newPage();
        page.navigate(site.resolve(path).toUri().toString());
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        return page;
    }

    /** The number of pages of a PDF, counted from its page objects. */
    private static int pages(byte[] pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (m.find()) {
            pages++;
        }
        return pages;
    }

    @Test
    void aProtocolPrintsAsItsRecordWithoutNavigation() throws Exception {
        Page page = printed("protocols/2024/2024-08-12.html");
        for (String hidden : List.of(".site-header", ".breadcrumbs", ".prev-next", ".site-footer")) {
            assertFalse(page.locator(hidden).first().isVisible(), hidden + " is not printed");
        }
        assertTrue(page.locator("dl.record").isVisible());
        assertTrue(page.locator(".signatures .signature-table").isVisible());
        String linkColor = (String) page.evaluate("() => getComputedStyle(document.querySelector('.minutes a')).color");
        String textColor = (String) page.evaluate("() => getComputedStyle(document.querySelector('.minutes')).color");
        assertEquals(textColor, linkColor, "links read as text on paper");

        Path png = Chromium.screenshot("print-protocol");
        page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true));
        Files.write(png.resolveSibling("print-protocol.pdf"), pdf);
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        int pages = pages(pdf);
        assertTrue(pages >= 1 && pages <= 3, "the protocol fits a few A4 pages, not " + pages);
        page.close();

        // the PDF itself, as paper shows it: rasterised by poppler's pdftoppm, kept beside the screenshot
        Path prefix = png.resolveSibling("print-protocol-pdf").toAbsolutePath();
        Process pdftoppm = new ProcessBuilder("pdftoppm", "-r", "50", "-png", png.resolveSibling("print-protocol.pdf")
                .toAbsolutePath().toString(), prefix.toString()).redirectErrorStream(true).start();
        assertEquals(0, pdftoppm.waitFor(), new String(pdftoppm.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        for (int n = 1; n <= pages; n++) {
            BufferedImage sheet = ImageIO.read(prefix.resolveSibling("print-protocol-pdf-" + n + ".png").toFile());
            assertEquals(210.0 / 297, (double) sheet.getWidth() / sheet.getHeight(), 0.01, "A4, page " + n);
            double ink = ink(sheet);
            assertTrue(ink > 0.01 && ink < 0.3, "page " + n + " carries text on white paper: " + ink + " of it inked");
        }
    }

    /** The share of a page's pixels that are clearly not white. */
    private static double ink(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int brightness = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                dark += brightness < 160 ? 1 : 0;
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    @Test
    void theWholeConceptPrintsFromOnePageEachSectionOnANewSheet() throws Exception {
        Page page = printed("concept/print.html");
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll('.concept-print h1'))"
                + ".map(h => h.id)");
        assertEquals(List.of("concept", "s1", "s2", "s3", "s4", "s5", "s6"), ids);
        assertTrue(page.locator("#task-3").count() == 1 && page.locator("#s6-1-7").count() == 1);
        assertFalse(page.locator(".print-hint").isVisible());
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true));
        Files.write(Chromium.screenshot("print-concept").resolveSibling("print-concept.pdf"), pdf);
        assertTrue(pages(pdf) >= 7, "each of the seven parts starts a sheet: " + pages(pdf) + " pages");
        page.close();
    }

    /** Auditors print the coverage page: on an A4 sheet's width its tables wrap, none is cut at the edge. */
    @Test
    void theCoveragePagesTablesFitTheSheet() throws Exception {
        Page page = printed("protocols/coverage.html");
        // an A4 sheet less the margins of the print stylesheet is about 660 CSS pixels wide
        page.setViewportSize(660, 900);
        @SuppressWarnings("unchecked")
        List<Number> overflows = (List<Number>) page.evaluate("() => Array.from(document.querySelectorAll('.table-scroll'))"
                + ".map(box => box.scrollWidth - box.clientWidth)");
        assertFalse(overflows.isEmpty());
        assertTrue(overflows.stream().allMatch(o -> o.intValue() == 0), "cut at the sheet's edge by " + overflows);
        // a narrow screen shows each month as a block; paper keeps the table with its headings
        assertEquals("table", page.evaluate("getComputedStyle(document.querySelector('table.coverage')).display"));
        assertFalse(page.locator("table.coverage .cell-label").first().isVisible(), "no cell repeats its heading");
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true));
        Files.write(Chromium.screenshot("print-coverage").resolveSibling("print-coverage.pdf"), pdf);
        page.close();
    }
}
