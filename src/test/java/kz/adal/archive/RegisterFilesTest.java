package kz.adal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.adal.site.RealSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The protocol register, exported from the real content as CSV for Excel and as JSON. */
class RegisterFilesTest {
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = RealSite.folder();
    }

    @Test
    void csvOpensInExcelWithKazakhHeadersAndOneRowPerProtocol() throws Exception {
        byte[] bytes = Files.readAllBytes(site.resolve(ProtocolRegister.CSV_PATH));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n") && !text.replace("\r\n", "").contains("\n"), "CRLF line ends only");
        List<String> lines = Arrays.asList(text.split("\r\n"));
        assertEquals(2, lines.size(), "a header and the one protocol");
        assertTrue(lines.get(0).startsWith("Күні,Нөмірі,Атауы,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("2024-08-12,,«СКО"), lines.get(1));
        assertTrue(lines.get(1).contains(",И.А.Анафияов (комплаенс маманы),"), "the secretary with role");
        assertTrue(lines.get(1).contains(",Н.Е.Абуов (Директордың м.а.),И.А. Анафияев,87782741545,"), lines.get(1));
        // the sections it cites, its attachments (the seed's protocol has none) and its page
        assertTrue(lines.get(1).endsWith(",s1; s2; s2-1; s3; s4; s5; task-1; task-2; task-3; task-4; task-5; task-6; s6; s6-1; s6-2,"
                + ",protocols/2024/2024-08-12.html"), lines.get(1));
    }

    @Test
    void jsonHasTheRecordAndTheCitedSections() throws Exception {
        List<Map<String, Object>> rows = new Yaml().load(Files.readString(site.resolve(ProtocolRegister.JSON_PATH)));
        assertEquals(1, rows.size());
        Map<String, Object> row = rows.get(0);
        assertEquals(RegisterFiles.COLUMNS, List.copyOf(row.keySet()));
        assertEquals("2024-08-12", row.get("date"));
        assertEquals("16:00", row.get("time"));
        assertEquals(Map.of("name", "И.А.Анафияов", "role", "комплаенс маманы"), row.get("secretary"));
        assertEquals(List.of("s1", "s2", "s2-1", "s3", "s4", "s5", "task-1", "task-2", "task-3", "task-4", "task-5",
                "task-6", "s6", "s6-1", "s6-2"), row.get("concept_sections"));
        assertEquals(List.of(), row.get("attachments"));
        assertEquals("protocols/2024/2024-08-12.html", row.get("url"));
    }

    @Test
    void theArchivePageLinksToBothExports() throws Exception {
        Document archive = Jsoup.parse(site.resolve("protocols/index.html").toFile());
        assertEquals(List.of("register.xlsx", "register.csv", "register.json"), archive.select(".register-links a").eachAttr("href"));
    }

    @Test
    void cellsAreQuotedAsRfc4180AndFormulasDoNotRun() {
        assertEquals("plain", RegisterFiles.cell("plain"));
        assertEquals("\"a, b\"", RegisterFiles.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", RegisterFiles.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", RegisterFiles.cell("two\nlines"));
        assertEquals("'=HYPERLINK(\"\"http://x\"\")".length() + 2, RegisterFiles.cell("=HYPERLINK(\"http://x\")").length());
        assertTrue(RegisterFiles.cell("=HYPERLINK(\"http://x\")").startsWith("\"'=HYPERLINK"));
        assertEquals("'+7 700 000 00 00", RegisterFiles.cell("+7 700 000 00 00"));
        assertEquals("'@SUM(A1)", RegisterFiles.cell("@SUM(A1)"));
    }
}
