package kz.adal.search;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Deflates text of the client index (what a result shows, against the preset dictionary; a term shard, alone) as
 * {@code [bytes, base64]}: the length of the text in {@link CyrillicBytes} and its raw deflate stream, which the
 * browser's inflate.js reads back. Base64, because a classic script can only carry text.
 */
public final class TextPacker {
    private final byte[] dictionary;

    /** A packer deflating against {@code dictionary} ({@link PresetDictionary#NONE}: none). */
    public TextPacker(PresetDictionary dictionary) {
        this.dictionary = dictionary.bytes();
    }

    /** The packed form of {@code text}. Safe from several threads: each call deflates with a deflater of its own. */
    public List<Object> pack(String text) {
        byte[] input = CyrillicBytes.encode(text);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            if (dictionary.length > 0) {
                deflater.setDictionary(dictionary);
            }
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return List.of(input.length, Base64.getEncoder().encodeToString(out.toByteArray()));
        } finally {
            deflater.end();
        }
    }
}
