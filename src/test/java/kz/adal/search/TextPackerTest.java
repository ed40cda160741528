package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class TextPackerTest {
    private static final String RESULT = "{\"title\":\"Сыбайлас жемқорлыққа қарсы іс-шараның хаттамасы\","
            + "\"text\":\"Қатысқандар: барлық қызметкерлер «Адал» — № 5 𝄞 және т.б.\"}";

    /** What the browser does: inflate the raw stream after the dictionary's bytes. */
    static String unpack(List<Object> packed, PresetDictionary dictionary) throws Exception {
        Inflater inflater = new Inflater(true);
        byte[] preset = dictionary.bytes();
        if (preset.length > 0) {
            inflater.setDictionary(preset);
        }
        inflater.setInput(Base64.getDecoder().decode((String) packed.get(1)));
        byte[] out = new byte[(Integer) packed.get(0)];
        int n = inflater.inflate(out);
        inflater.end();
        assertEquals(out.length, n, "the length the packer recorded is the text's length in bytes");
        return CyrillicBytes.decode(out);
    }

    @Test
    void givesBackTheTextWithAndWithoutADictionary() throws Exception {
        for (PresetDictionary dictionary : List.of(new PresetDictionary(""), new PresetDictionary(RESULT.substring(0, 60)))) {
            assertEquals(RESULT, unpack(new TextPacker(dictionary).pack(RESULT), dictionary));
        }
    }

    @Test
    void aTextTheDictionaryHoldsPacksToAFewBytes() {
        int alone = ((String) new TextPacker(new PresetDictionary("")).pack(RESULT).get(1)).length();
        int against = ((String) new TextPacker(new PresetDictionary(RESULT)).pack(RESULT).get(1)).length();
        assertTrue(against < 20 && against * 5 < alone, against + " base64 characters against the dictionary, " + alone + " alone");
    }
}
