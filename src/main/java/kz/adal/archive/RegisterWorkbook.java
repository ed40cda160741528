package kz.adal.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.adal.content.Protocol;
import kz.adal.links.SitePaths;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the protocol register as an Excel workbook. Excel splits a CSV file at the list separator of the reader's
 * regional settings, which in Kazakhstan (Russian and Kazakh) is ";", not ","; a workbook opens with its columns,
 * dates and numbers whatever those settings are, and a cell of text is never run as a formula.
 */
public final class RegisterWorkbook {
    /** Column widths in characters, in the order of {@link RegisterFiles#COLUMNS}: the long texts get room to wrap. */
    private static final Map<String, Integer> WIDTHS = Map.ofEntries(Map.entry("date", 11), Map.entry("number", 8),
            Map.entry("title", 50), Map.entry("lang", 5), Map.entry("time", 7), Map.entry("place", 16),
            Map.entry("city", 16), Map.entry("organisation", 36), Map.entry("attendees", 30),
            Map.entry("attendee_count", 10), Map.entry("secretary", 24), Map.entry("speakers", 30),
            Map.entry("agenda", 50), Map.entry("decisions", 40), Map.entry("signed_by", 30), Map.entry("executor", 20),
            Map.entry("executor_phone", 14), Map.entry("concept_sections", 28), Map.entry("attachments", 30),
            Map.entry("url", 30));
    /** The date, first, and the protocol's page, last: the columns not written as text. */
    private static final int DATE = RegisterFiles.COLUMNS.indexOf("date");
    private static final int URL = RegisterFiles.COLUMNS.indexOf("url");
    /** Rows kept in memory before they are styled and written out: a large archive's register is not held whole. */
    private static final int ROWS_PER_FLUSH = 500;

    private RegisterWorkbook() {
    }

    /**
     * Two sheets, each with a header row (frozen, with filters) in the site's language: the protocols, one row per
     * protocol, oldest first; then the months due, each with its protocols or marked missing in red, as on the
     * archive's grid. {@code text} gives the UI string of a message key. The same input gives the same bytes.
     */
    public static byte[] xlsx(ProtocolRegister register, List<YearGrid> years, Function<String, String> text,
            Optional<String> siteUrl, Instant built) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "Adal", "1.0")) {
            protocolsSheet(workbook.newWorksheet(text.apply("register.sheet")), register, text, siteUrl);
            monthsSheet(workbook.newWorksheet(text.apply("register.months.sheet")), years, text);
            workbook.finish();
            return ReproducibleXlsx.of(bytes.toByteArray(), built);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void protocolsSheet(Worksheet sheet, ProtocolRegister register, Function<String, String> text,
            Optional<String> siteUrl) throws IOException {
        List<String> columns = RegisterFiles.COLUMNS;
        header(sheet, columns.stream().map(c -> text.apply("register." + c)).toList(),
                columns.stream().map(WIDTHS::get).toList());
        // twenty columns: printed across, as many as a sheet takes, not shrunk to one sheet's width and unreadable
        sheet.pageOrientation("landscape");
        int r = 0;
        int unstyled = 1;
        for (ProtocolRegister.Row row : register.rows()) {
            r++;
            Protocol protocol = row.protocol();
            Map<String, Object> values = RegisterFiles.values(row);
            for (int c = 0; c < columns.size(); c++) {
                if (c == DATE) {
                    // a date, so that Excel sorts and filters by year and month
                    sheet.value(r, c, protocol.date());
                } else if (c == URL) {
                    sheet.hyperlink(r, c, new HyperLink(link(protocol.sitePath(), siteUrl), protocol.sitePath()));
                } else {
                    cell(sheet, r, c, values.get(columns.get(c)));
                }
            }
            if (r - unstyled + 1 == ROWS_PER_FLUSH) {
                style(sheet, unstyled, r);
                sheet.flush();
                unstyled = r + 1;
            }
        }
        if (unstyled <= r) {
            style(sheet, unstyled, r);
        }
        sheet.setAutoFilter(0, 0, columns.size() - 1);
    }

    /**
     * The months from the first protocol's to the build date, oldest first: year, month, whether it has a protocol,
     * the dates of its protocols and of those nobody signed. Auditors check that every month has its protocol.
     */
    private static void monthsSheet(Worksheet sheet, List<YearGrid> years, Function<String, String> text) {
        List<String> columns = List.of("year", "month", "status", "protocols", "unsigned");
        header(sheet, columns.stream().map(c -> text.apply("register.months." + c)).toList(),
                List.of(8, 12, 16, 30, 30));
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        int r = 0;
        // oldest first, as the protocols' sheet: the archive's pages list the years newest first
        for (YearGrid year : years.stream().sorted(Comparator.comparingInt(YearGrid::year)).toList()) {
            for (MonthCell month : year.months()) {
                if (month.status() == MonthStatus.NOT_DUE) {
                    continue;
                }
                r++;
                sheet.value(r, 0, year.year());
                sheet.value(r, 1, text.apply("month." + month.month()));
                sheet.value(r, 2, text.apply("archive.status." + month.status().key()));
                sheet.value(r, 3, dates(month.protocols().stream()));
                sheet.value(r, 4, dates(month.protocols().stream().filter(p -> p.signedBy().isEmpty())));
                if (month.status() == MonthStatus.MISSING) {
                    sheet.range(r, 0, r, columns.size() - 1).style().bold().fontColor("8C1D18").fillColor("FDE8E8")
                            .set();
                }
            }
        }
        sheet.setAutoFilter(0, 0, columns.size() - 1);
    }

    /**
     * Where the cell of {@code page} leads: the page's address under the site's, when site.yml gives it; else the
     * page relative to the workbook, which Excel follows from the workbook's own folder, on the share or the server.
     */
    private static String link(String page, Optional<String> siteUrl) {
        return siteUrl.map(base -> base + page).orElse(SitePaths.relative(ProtocolRegister.XLSX_PATH, page));
    }

    private static String dates(Stream<Protocol> protocols) {
        return protocols.map(p -> p.date().toString()).collect(Collectors.joining("; "));
    }

    /**
     * The header row, bold on grey, kept in view while the rows scroll and printed atop every sheet of paper (A4);
     * and the columns' widths in characters.
     */
    private static void header(Worksheet sheet, List<String> labels, List<Integer> widths) {
        for (int c = 0; c < labels.size(); c++) {
            sheet.width(c, widths.get(c));
            sheet.value(0, c, labels.get(c));
        }
        sheet.range(0, 0, 0, labels.size() - 1).style().bold().fillColor("D9E2EC").wrapText(true)
                .verticalAlignment("top").set();
        sheet.freezePane(0, 1);
        sheet.repeatRows(0);
        sheet.paperSize(PaperSize.A4_PAPER);
    }

    /** A count as a number, the rest as text. */
    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value instanceof Integer count) {
            sheet.value(r, c, count);
        } else if (value != null) {
            sheet.value(r, c, RegisterFiles.text(value));
        }
    }

    /**
     * Rows {@code first} to {@code last}: the date as a date, the cells between it and the page wrapped, the page
     * as a link, all at the top. Styled a range at a time: a style set on each cell took four times as long.
     */
    private static void style(Worksheet sheet, int first, int last) {
        sheet.range(first, DATE, last, DATE).style().format("yyyy-mm-dd").verticalAlignment("top").set();
        sheet.range(first, DATE + 1, last, URL - 1).style().wrapText(true).verticalAlignment("top").set();
        sheet.range(first, URL, last, URL).style().wrapText(true).verticalAlignment("top").fontColor("0563C1")
                .underlined().set();
    }
}
