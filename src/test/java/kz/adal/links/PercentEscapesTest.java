package kz.adal.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A link's path as the browser reads its %-escapes. */
class PercentEscapesTest {

    @Test
    void escapesAreTheBytesOfUtf8() {
        assertEquals("../concept/01-паспорт.md", PercentEscapes.decode("../concept/01-%D0%BF%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82.md"));
        assertEquals("хаттама қолы.pdf", PercentEscapes.decode("хаттама%20қолы.pdf"));
        assertEquals("100%.pdf", PercentEscapes.decode("100%25.pdf"));
    }

    @Test
    void aPlusIsAPlusInAPath() {
        assertEquals("хаттама+қолы.pdf", PercentEscapes.decode("хаттама+қолы.pdf"));
        assertEquals("a+b.md", PercentEscapes.decode("a+b%2E%6Dd"));
    }

    @Test
    void aPercentSignThatBeginsNoEscapeStaysAsWritten() {
        assertEquals("resu%lts.md", PercentEscapes.decode("resu%lts.md"));
        assertEquals(".%./a.md", PercentEscapes.decode(".%./a.md"));
        assertEquals("a%2", PercentEscapes.decode("a%2"));
        assertEquals("%A", PercentEscapes.decode("%%41"));
        assertEquals("%😀", PercentEscapes.decode("%😀"));
    }
}
