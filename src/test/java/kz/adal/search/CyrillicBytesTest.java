package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CyrillicBytesTest {
    @Test
    void aKazakhOrRussianTextTakesOneByteALetter() {
        String kazakh = "Сыбайлас жемқорлыққа қарсы іс-шараның хаттамасы № 5, «Адал» — 2024 ж.";
        String russian = "Конфликт интересов: взятка, подъём «Ёлки».";
        assertEquals(kazakh.length(), CyrillicBytes.encode(kazakh).length);
        assertEquals(russian.length(), CyrillicBytes.encode(russian).length);
        assertTrue(CyrillicBytes.encode(kazakh).length * 3 < kazakh.getBytes(StandardCharsets.UTF_8).length * 2);
    }

    @Test
    void everyCharacterComesBackAsItWas() {
        String text = CyrillicBytes.LETTERS + " plain ASCII {\"a\":1}\\n\t\u0000 é ü 中 \u0080 \u00ff \u2030 𝄞 ";
        byte[] bytes = CyrillicBytes.encode(text);
        assertEquals(text, CyrillicBytes.decode(bytes));
        assertEquals(bytes.length, CyrillicBytes.length(text));
    }

    @Test
    void aCharacterOutsideTheTableIsEscapedAsItsCodeUnit() {
        assertArrayEquals(new byte[] {'a', (byte) 0xFF, 0x00, (byte) 0xE9, (byte) 0x80},
                CyrillicBytes.encode("aéА"));
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8, 0x34, (byte) 0xFF, (byte) 0xDD, 0x1E},
                CyrillicBytes.encode("𝄞"), "a character beyond 16 bits as its two surrogates");
    }

    @Test
    void theTableFitsItsBytesWithEachCharacterOnce() {
        assertTrue(CyrillicBytes.LETTERS.length() <= 0x7F, CyrillicBytes.LETTERS.length() + " characters");
        assertEquals(CyrillicBytes.LETTERS.length(), CyrillicBytes.LETTERS.chars().distinct().count());
        assertTrue(CyrillicBytes.LETTERS.chars().allMatch(c -> c >= 0x80), "ASCII is itself");
    }
}
