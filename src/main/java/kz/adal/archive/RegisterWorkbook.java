package kz.adal.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
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
            Map.entry("executor_phone", 14), Map.entry("concept_sections", 28), Map.entry("url", 30));
    /** The workbook's creation time, which the library takes from the clock: replaced by the build's. */
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");
    private static final String CORE_PROPERTIES = "docProps/core.xml";
    /** Rows kept in memory before they are styled and written out: a large archive's register is not held whole. */
    private static final int ROWS_PER_FLUSH = 500;

    private RegisterWorkbook() {
    }

    /**
     * One sheet named {@code sheetName}: a header row (frozen, with filters) in the site's language, then one row per
     * protocol, oldest first. The same register and {@code built} give the same bytes.
     */
    public static byte[] xlsx(ProtocolRegister register, Function<String, String> header, String sheetName,
            Instant built) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "Adal", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(sheetName);
            List<String> columns = RegisterFiles.COLUMNS;
            for (int c = 0; c < columns.size(); c++) {
                sheet.width(c, WIDTHS.get(columns.get(c)));
                sheet.value(0, c, header.apply(columns.get(c)));
            }
            sheet.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("D9E2EC").wrapText(true)
                    .verticalAlignment("top").set();
            sheet.freezePane(0, 1);
            int r = 0;
            int unstyled = 1;
            for (ProtocolRegister.Row row : register.rows()) {
                r++;
                Map<String, Object> values = RegisterFiles.values(row);
                for (int c = 0; c < columns.size(); c++) {
                    cell(sheet, r, c, columns.get(c), values.get(columns.get(c)));
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
            workbook.finish();
            return withCreated(bytes.toByteArray(), built);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A date as a date, so that Excel sorts and filters by year and month; a count as a number; the rest as text. */
    private static void cell(Worksheet sheet, int r, int c, String column, Object value) {
        if (column.equals("date")) {
            sheet.value(r, c, LocalDate.parse((String) value));
        } else if (value instanceof Integer count) {
            sheet.value(r, c, count);
        } else if (value != null) {
            sheet.value(r, c, RegisterFiles.text(value));
        }
    }

    /**
     * Rows {@code first} to {@code last}: the date (the first column) as a date, the other cells wrapped, all at the
     * top. Styled a range at a time: a style set on each cell took four times as long.
     */
    private static void style(Worksheet sheet, int first, int last) {
        sheet.range(first, 0, last, 0).style().format("yyyy-mm-dd").verticalAlignment("top").set();
        sheet.range(first, 1, last, RegisterFiles.COLUMNS.size() - 1).style().wrapText(true)
                .verticalAlignment("top").set();
    }

    /** The workbook with {@code built} as its creation time, and every entry dated alike, as the library dates them. */
    private static byte[] withCreated(byte[] xlsx, Instant built) throws IOException {
        // java.util.zip reads the library's zip only through its central directory, so from a file: its streaming
        // reader takes the 64-bit sizes written after each entry for 32-bit ones
        Path file = Files.createTempFile("adal-register", ".xlsx");
        try {
            Files.write(file, xlsx);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] content = in.getInputStream(entry).readAllBytes();
                    if (entry.getName().equals(CORE_PROPERTIES)) {
                        content = withCreated(new String(content, StandardCharsets.UTF_8), built)
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0));
                    zip.putNextEntry(copy);
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } finally {
            Files.delete(file);
        }
    }

    private static String withCreated(String coreProperties, Instant built) {
        Matcher created = CREATED.matcher(coreProperties);
        if (!created.find()) {
            throw new IllegalStateException("no creation time in the workbook's " + CORE_PROPERTIES
                    + ": its bytes would differ from build to build");
        }
        return created.replaceFirst("$1" + built.truncatedTo(ChronoUnit.SECONDS) + "$2");
    }
}
