package kz.adal.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.adal.content.Attachment;
import kz.adal.content.Person;
import kz.adal.content.Protocol;
import kz.adal.format.Json;

/** Writes the protocol register as CSV, for any tool, and as JSON, for scripts; {@link RegisterWorkbook} for Excel. */
public final class RegisterFiles {
    /** The columns, which are also the JSON keys; CSV headers are their translations. */
    public static final List<String> COLUMNS = List.of("date", "number", "title", "lang", "time", "place", "city",
            "organisation", "attendees", "attendee_count", "secretary", "speakers", "agenda", "decisions", "signed_by",
            "executor", "executor_phone", "concept_sections", "attachments", "url");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RegisterFiles() {
    }

    /**
     * UTF-8 with a byte order mark and CRLF line ends, so that Excel opens Kazakh text correctly; RFC 4180 quoting.
     * A cell that a spreadsheet would run as a formula gets a leading apostrophe: the content is not trusted.
     */
    public static byte[] csv(ProtocolRegister register, Function<String, String> header) {
        StringBuilder out = new StringBuilder();
        out.append(COLUMNS.stream().map(c -> cell(header.apply(c))).collect(Collectors.joining(","))).append("\r\n");
        for (ProtocolRegister.Row row : register.rows()) {
            Map<String, Object> values = values(row);
            out.append(COLUMNS.stream().map(c -> cell(text(values.get(c)))).collect(Collectors.joining(","))).append("\r\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(UTF8_BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** A JSON array with one object per protocol, one per line. */
    public static byte[] json(ProtocolRegister register) {
        StringBuilder out = new StringBuilder("[");
        String separator = "\n";
        for (ProtocolRegister.Row row : register.rows()) {
            out.append(separator).append(Json.of(values(row)));
            separator = ",\n";
        }
        out.append("\n]\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, Object> values(ProtocolRegister.Row row) {
        Protocol p = row.protocol();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("date", p.date().toString());
        v.put("number", p.number().orElse(null));
        v.put("title", p.title());
        v.put("lang", p.lang());
        v.put("time", p.time().toString());
        v.put("place", p.place());
        v.put("city", p.city());
        v.put("organisation", p.organisation());
        v.put("attendees", p.attendees().description());
        v.put("attendee_count", p.attendees().count().isPresent() ? p.attendees().count().getAsInt() : null);
        v.put("secretary", person(p.secretary()));
        v.put("speakers", p.speakers().stream().map(RegisterFiles::person).toList());
        v.put("agenda", p.agenda());
        v.put("decisions", p.decisions());
        v.put("signed_by", p.signedBy().stream().map(RegisterFiles::person).toList());
        v.put("executor", p.executor().name());
        v.put("executor_phone", p.executor().phone().orElse(null));
        v.put("concept_sections", row.conceptSections());
        // the signed scan an auditor looks for, and where it is published
        v.put("attachments", p.attachments().stream().map(a -> attachment(p, a)).toList());
        v.put("url", p.sitePath());
        return v;
    }

    private static Map<String, Object> attachment(Protocol protocol, Attachment attachment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", attachment.title());
        m.put("file", protocol.sitePath(attachment));
        return m;
    }

    private static Map<String, Object> person(Person person) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", person.name());
        m.put("role", person.role());
        return m;
    }

    /** A value as one spreadsheet cell: lists joined with "; ", a person as "name (role)", a file as "title (file)". */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RegisterFiles::text).collect(Collectors.joining("; "));
        }
        if (value instanceof Map<?, ?> attachment && attachment.containsKey("file")) {
            return attachment.get("title") + " (" + attachment.get("file") + ")";
        }
        if (value instanceof Map<?, ?> person) {
            return person.get("name") + " (" + person.get("role") + ")";
        }
        return value.toString();
    }

    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                || !safe.equals(safe.strip());
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
