package kz.adal.content;

import java.util.Optional;

/**
 * What a content file that is not UTF-8 was most likely saved as, so that its problem says which setting of the
 * editor to change: Windows editors offer UTF-16 ("Unicode" in Notepad) and the Cyrillic code page ("ANSI").
 */
enum SavedEncoding {
    UTF_16("the file is saved as UTF-16 ('Unicode' in Notepad), not UTF-8",
            "save it as UTF-8: in Notepad, File > Save As, Encoding: UTF-8"),
    CYRILLIC_CODE_PAGE("the file is saved in a Cyrillic code page (Windows-1251, 'ANSI' in Notepad), not UTF-8",
            "save it as UTF-8: in Notepad, File > Save As, Encoding: UTF-8; then check its Kazakh letters, since that"
                    + " code page has no ә, ғ, қ, ң, ө, ұ, ү, һ and the editor may have put '?' in their place");

    /** How much of a file is looked at: its start tells as much as the whole. */
    private static final int SAMPLE = 4096;
    private final String message;
    private final String fix;

    SavedEncoding(String message, String fix) {
        this.message = message;
        this.fix = fix;
    }

    String message() {
        return message;
    }

    String fix() {
        return fix;
    }

    /**
     * UTF-16, by its byte order mark or by the zero byte every ASCII character then carries (a Russian text in UTF-16
     * without a mark is otherwise bytes UTF-8 accepts); nothing for any other file.
     */
    static Optional<SavedEncoding> utf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return Optional.of(UTF_16);
        }
        int length = Math.min(bytes.length, SAMPLE);
        int zeros = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                zeros++;
            }
        }
        // a NUL byte pasted into a UTF-8 file is one of thousands; in UTF-16 every space and digit has one
        return length > 0 && zeros * 10 >= length ? Optional.of(UTF_16) : Optional.empty();
    }

    /**
     * The Cyrillic code page, for a file that is not UTF-8: there every Cyrillic letter is one byte from 0xC0 up,
     * while the bytes of UTF-8's Cyrillic letters are half lead bytes (0xD0, 0xD1) and half continuation bytes below
     * 0xC0; a UTF-8 file with a few bad bytes keeps that half.
     */
    static Optional<SavedEncoding> codePage(byte[] bytes) {
        int length = Math.min(bytes.length, SAMPLE);
        int high = 0;
        int letters = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80) {
                high++;
                if (b >= 0xC0) {
                    letters++;
                }
            }
        }
        return letters >= 8 && letters * 5 >= high * 4 ? Optional.of(CYRILLIC_CODE_PAGE) : Optional.empty();
    }
}
