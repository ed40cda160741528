package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TyposTest {

    @ParameterizedTest
    @CsvSource({"жемқорлық, жемқролық, true", "жемқорлық, жеқморлық, true", "жемқорлық, жемқорлыққ, true",
        "жемқорлық, жемқорлқ, true", "жемқорлық, жамқорлық, true", "жемқорлық, жемқорлық, false",
        "жемқорлық, жемқолрық, true", "жемқорлық, жеқмолрық, false", "жемқорлық, жмеқорлқы, false",
        "коррупция, коруппция, false", "ab, ba, true", "abc, cba, false"})
    void oneErrorIsALetterAddedLeftOutChangedOrSwappedWithTheNext(String a, String b, boolean one) {
        assertEquals(one, Typos.oneApart(a, b), a + " / " + b);
        assertEquals(one, Typos.oneApart(b, a), b + " / " + a);
        assertEquals(one, Typos.count(a, b) == 1, "count agrees: " + a + " / " + b);
    }

    @ParameterizedTest
    @CsvSource({"жемқорлық, жемқорлық, 0", "сыбайлас, сыбайлассс, 2", "коррупция, коруппция, 2",
        "жемқорлық, жеқмолрық, 2", "жауапкершілік, жауапкершілк, 1", "жауапкершілік, жаупакерщілік, 2",
        "abc, cba, 2", "мемлекет, заң, 8", "'', abc, 3", "ca, abc, 3"})
    void errorsAreCountedEachLetterTouchedOnce(String a, String b, int errors) {
        assertEquals(errors, Typos.count(a, b), a + " / " + b);
        assertEquals(errors, Typos.count(b, a), b + " / " + a);
    }
}
