package kz.adal.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.adal.site.RealSite;
import kz.adal.site.TestSite;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protocol register as an Excel workbook, read back with Apache POI as Excel would read it. */
class RegisterWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void theRealContentsRegisterOpensWithItsColumnsDatesAndNumbers() throws Exception {
        try (XSSFWorkbook workbook = realContent()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Хаттамалар тізілімі", sheet.getSheetName());
            assertEquals(Instant.parse("2024-12-30T19:00:00Z"),
                    workbook.getProperties().getCoreProperties().getCreated().toInstant(),
                    "created on the build date (31 December 2024 in Kazakhstan), not when the file was written");
            assertEquals(RegisterFiles.COLUMNS.size(), sheet.getRow(0).getLastCellNum());
            assertEquals(List.of("Күні", "Нөмірі", "Атауы"), shown(sheet.getRow(0), 3));
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold(), "a bold header");
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane, "the header stays in view while the rows scroll");
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals("A1:T2", sheet.getCTWorksheet().getAutoFilter().getRef(), "a filter on every column and row");
            assertEquals("1:1", sheet.getRepeatingRows().formatAsString(), "the header atop every printed sheet");
            assertTrue(sheet.getPrintSetup().getLandscape(), "twenty columns print across");
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());

            assertEquals(2, sheet.getPhysicalNumberOfRows(), "the header and the one protocol");
            Row row = sheet.getRow(1);
            Cell date = row.getCell(0);
            assertEquals(CellType.NUMERIC, date.getCellType(), "a date Excel sorts and filters by month");
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals(LocalDate.of(2024, 8, 12), date.getLocalDateTimeCellValue().toLocalDate());
            assertTrue(row.getCell(2).getStringCellValue().startsWith("«СКО әкімдігінің ДСБ» КММ"));
            assertEquals("Н.Е.Абуов (Директордың м.а.)", cell(row, "signed_by").getStringCellValue());
            Cell phone = cell(row, "executor_phone");
            assertEquals(CellType.STRING, phone.getCellType(), "a phone number is not a number to Excel");
            assertEquals("87782741545", phone.getStringCellValue());
            assertEquals("s1; s2; s2-1; s3; s4; s5; task-1; task-2; task-3; task-4; task-5; task-6; s6; s6-1; s6-2",
                    cell(row, "concept_sections").getStringCellValue());
            assertEquals("protocols/2024/2024-08-12.html", cell(row, "url").getStringCellValue());
            assertEquals("2024/2024-08-12.html", cell(row, "url").getHyperlink().getAddress(),
                    "a link Excel follows from the workbook's folder: site.yml gives no site_url");
            assertEquals(Font.U_SINGLE, ((XSSFCell) cell(row, "url")).getCellStyle().getFont().getUnderline(),
                    "and looks like one");
        }
    }

    @Test
    void theMonthsSheetMarksEachDueMonthWithoutAProtocol() throws Exception {
        try (XSSFWorkbook workbook = realContent()) {
            XSSFSheet months = workbook.getSheetAt(1);
            assertEquals("Айлар", months.getSheetName());
            assertEquals("1:1", months.getRepeatingRows().formatAsString());
            assertEquals(1, months.getPrintSetup().getFitWidth(), "five columns fit one sheet's width");
            assertEquals(0, months.getPrintSetup().getFitHeight(), "as many sheets down as the months take");
            assertEquals(List.of("Жыл", "Ай", "Күйі", "Хаттамалар", "Ешкім қол қоймаған хаттамалар"),
                    shown(months.getRow(0), 5));
            assertEquals(6, months.getPhysicalNumberOfRows(), "the header, then August to December 2024, the months"
                    + " from the first protocol's to the build date");
            XSSFRow august = months.getRow(1);
            assertEquals(CellType.NUMERIC, august.getCell(0).getCellType(), "the year is a number, to filter by");
            assertEquals(List.of("2024", "Тамыз", "хаттама бар", "2024-08-12", ""), shown(august, 5));
            XSSFRow september = months.getRow(2);
            assertEquals(List.of("2024", "Қыркүйек", "хаттама жоқ", "", ""), shown(september, 5));
            assertTrue(september.getCell(2).getCellStyle().getFont().getBold(), "a missing month stands out");
            assertEquals("FDE8E8", ((XSSFColor) september.getCell(2).getCellStyle().getFillForegroundColorColor())
                    .getARGBHex().substring(2), "in the archive grid's red");
            assertFalse(august.getCell(2).getCellStyle().getFont().getBold(), "a month with its protocol does not");
        }
    }

    @Test
    void theMonthsSheetNamesTheProtocolsNobodySigned() throws Exception {
        try (XSSFWorkbook workbook = minimalSiteWith("consistency/unsigned-second-in-august.md",
                "protocols/2024/2024-08-26.md")) {
            Row august = workbook.getSheetAt(1).getRow(1);
            assertEquals(List.of("2024", "Тамыз", "хаттама бар", "2024-08-12; 2024-08-26", "2024-08-26"),
                    shown(august, 5));
        }
    }

    @Test
    void valuesThatLookLikeFormulasStayText() throws Exception {
        try (XSSFWorkbook workbook = minimalSiteWith("formula-like-values-protocol.md",
                "protocols/2024/2024-11-20.md")) {
            Row row = workbook.getSheetAt(0).getRow(2);
            assertEquals(LocalDate.of(2024, 11, 20), row.getCell(0).getLocalDateTimeCellValue().toLocalDate());
            for (String column : List.of("title", "place", "attendees", "agenda")) {
                assertEquals(CellType.STRING, cell(row, column).getCellType(), column + " is text, not a formula");
            }
            assertEquals("=HYPERLINK(\"http://example.com/steal\", \"Ашу\")", cell(row, "title").getStringCellValue(),
                    "shown as written: a workbook's text cell never runs, so it needs no apostrophe as the CSV's does");
            assertEquals("@SUM(A1:A9)", cell(row, "attendees").getStringCellValue());
            assertEquals(30.0, cell(row, "attendee_count").getNumericCellValue());
        }
    }

    @Test
    void withASiteUrlEachProtocolLinksToItsPublishedPage() throws Exception {
        TestSite content = TestSite.copyOf("minimal-site", dir);
        Files.writeString(content.content().resolve("site.yml"), "site_url: http://intranet.example/adal/\n",
                StandardOpenOption.APPEND);
        Path site = dir.resolve("site");
        assertEquals(0, content.build(site).exitCode());
        try (XSSFWorkbook workbook = open(site)) {
            Cell url = cell(workbook.getSheetAt(0).getRow(1), "url");
            assertEquals("protocols/2024/2024-08-12.html", url.getStringCellValue());
            assertEquals("http://intranet.example/adal/protocols/2024/2024-08-12.html", url.getHyperlink().getAddress());
        }
    }

    private static XSSFWorkbook realContent() throws Exception {
        return open(RealSite.folder());
    }

    /** The workbook of the minimal site with the fixture file {@code fixture} at {@code path} in its content. */
    private XSSFWorkbook minimalSiteWith(String fixture, String path) throws Exception {
        Path site = dir.resolve("site");
        assertEquals(0, TestSite.copyOf("minimal-site", dir).with(fixture, path).build(site).exitCode());
        return open(site);
    }

    private static XSSFWorkbook open(Path site) throws Exception {
        try (InputStream in = Files.newInputStream(site.resolve(ProtocolRegister.XLSX_PATH))) {
            return new XSSFWorkbook(in);
        }
    }

    private static Cell cell(Row row, String column) {
        return row.getCell(RegisterFiles.COLUMNS.indexOf(column));
    }

    /** The first {@code columns} cells of the row as Excel shows them: a number as its digits, no cell as "". */
    private static List<String> shown(Row row, int columns) {
        DataFormatter shown = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            texts.add(shown.formatCellValue(row.getCell(c)));
        }
        return texts;
    }
}
