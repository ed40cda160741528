package kz.adal.links;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the %-escapes of a link's path as a browser does: each {@code %XX} is a byte of UTF-8, a {@code +} stays
 * a plus (it is a space only in a form's query), and a {@code %} without two hex digits after it stays as written,
 * so the link is then reported as naming no page rather than failing the build.
 */
public final class PercentEscapes {
    private PercentEscapes() {
    }

    public static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            int high = i + 2 < path.length() && c == '%' ? Character.digit(path.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(path.charAt(i + 2), 16);
            if (low >= 0) {
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < path.length() ? i + 2 : i + 1;
                bytes.writeBytes(path.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
