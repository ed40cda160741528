package kz.adal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    /** What a suggestion ("did you mean") measures: a letter in, out or changed, or two swapped, is one slip. */
    @ParameterizedTest
    @CsvSource({"secretary, secretary, 0", "secertary, secretary, 1", "secretry, secretary, 1",
        "sekretary, secretary, 1", "Анафияов, Анафияев, 1", "Абуов, Абоув, 1", "ca, abc, 3", "'', date, 4"})
    void countsEachSlipOnce(String a, String b, int slips) {
        assertEquals(slips, EditDistance.of(a, b), a + " / " + b);
        assertEquals(slips, EditDistance.of(b, a), b + " / " + a);
    }
}
