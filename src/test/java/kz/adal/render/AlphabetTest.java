package kz.adal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A dictionary's order: each Kazakh letter after the one it is made from, as the Kazakh alphabet has them. */
class AlphabetTest {

    @Test
    void kazakhLettersFollowTheLettersTheyAreMadeFrom() {
        List<String> words = List.of("ірі", "ыдыс", "үкімет", "ұйым", "уақыт", "өкіл", "оқу", "ңғ", "нақты", "қоғам",
                "кеңес", "ғылым", "газет", "әділдік", "ақпарат", "автомат", "һәм", "хабар");
        assertEquals(List.of("автомат", "ақпарат", "әділдік", "газет", "ғылым", "кеңес", "қоғам", "нақты", "ңғ", "оқу",
                "өкіл", "уақыт", "ұйым", "үкімет", "хабар", "һәм", "ыдыс", "ірі"),
                words.stream().sorted(Alphabet.of("kk")).toList());
    }

    @Test
    void aCapitalSortsWithItsLetter() {
        assertEquals(List.of("ағарту", "Азамат", "ақпарат"),
                List.of("ақпарат", "Азамат", "ағарту").stream().sorted(Alphabet.of("kk")).toList());
        assertEquals("Ә", Alphabet.initial("әдеп"));
        assertEquals(List.of("алдын алу", "алдынан"),
                List.of("алдынан", "алдын алу").stream().sorted(Alphabet.of("kk")).toList(), "a space before a letter");
    }

    @Test
    void russianWordsSortAsTheRussianAlphabetHasThem() {
        assertEquals(List.of("ёлка", "жук", "эхо", "яблоко"),
                List.of("яблоко", "эхо", "жук", "ёлка").stream().sorted(Alphabet.of("ru")).toList());
    }
}
