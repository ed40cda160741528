package kz.adal.search;

/**
 * The bytes result files and the preset dictionary are deflated as: one byte a letter for Kazakh and Russian text,
 * where UTF-8 takes two. ASCII is itself; {@link #LETTERS}, the Cyrillic letters and the marks such text uses, are
 * {@code 0x80} on; any other character is {@code 0xFF} and its UTF-16 code unit, high byte first. Deflate then codes
 * half as many bytes for a Kazakh text, and its 32 KiB window holds twice as much of the dictionary's text. The
 * browser's engine reads the bytes back with the same table, which dictionary.js carries.
 */
public final class CyrillicBytes {
    /** The characters of bytes {@code 0x80} to {@code 0xFE}, in that order. */
    public static final String LETTERS = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяЁё"
            + "ӘәҒғҚқҢңӨөҰұҮүҺһІіЄєЇїҐґЎў"
            + "\u00a0«»—–…№‘’“”„•·°×±≈→§\u2212\u00ad\u2010\u2011";
    private static final int FIRST = 0x80;
    private static final int ESCAPE = 0xFF;
    /** Each character's byte up to the last one {@link #LETTERS} has; 0 where it has none. */
    private static final byte[] CODE = code();

    private CyrillicBytes() {
    }

    private static byte[] code() {
        int last = LETTERS.chars().max().orElseThrow();
        byte[] code = new byte[last + 1];
        for (int i = 0; i < LETTERS.length(); i++) {
            code[LETTERS.charAt(i)] = (byte) (FIRST + i);
        }
        return code;
    }

    /** {@code text} as bytes. */
    public static byte[] encode(String text) {
        byte[] out = new byte[length(text)];
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < FIRST) {
                out[at++] = (byte) c;
            } else if (inTable(c)) {
                out[at++] = CODE[c];
            } else {
                out[at++] = (byte) ESCAPE;
                out[at++] = (byte) (c >> 8);
                out[at++] = (byte) c;
            }
        }
        return out;
    }

    /** How many bytes {@code text} takes, without making them. */
    public static int length(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c < FIRST || inTable(c) ? 1 : 3;
        }
        return length;
    }

    private static boolean inTable(char c) {
        return c < CODE.length && CODE[c] != 0;
    }

    /** The text of {@code bytes}, as the browser reads it back. */
    public static String decode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < FIRST) {
                text.append((char) b);
            } else if (b < ESCAPE) {
                text.append(LETTERS.charAt(b - FIRST));
            } else {
                text.append((char) ((bytes[i + 1] & 0xFF) << 8 | bytes[i + 2] & 0xFF));
                i += 2;
            }
        }
        return text.toString();
    }
}
