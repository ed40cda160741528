package kz.adal.content;

import java.util.Locale;
import java.util.Set;

/**
 * A file a protocol lists beside it, such as the signed scan or the attendance sheet: its file name in the protocol's
 * folder, what it is, and the line of the front matter that lists it.
 */
public record Attachment(String file, String title, int line) {
    /** Documents and scans only: a web page or an SVG could carry script into the site. */
    public static final Set<String> TYPES = Set.of("pdf", "jpg", "jpeg", "png", "tif", "tiff", "doc", "docx", "xls",
            "xlsx", "odt", "ods", "txt");

    public String extension() {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
