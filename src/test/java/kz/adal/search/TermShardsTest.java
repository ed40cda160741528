package kz.adal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TermShardsTest {
    private final TermShards shards = new TermShards(512, 64);

    @Test
    void aKazakhWordAndItsRussianKeyboardFormShareAShard() {
        assertEquals(shards.of("қызмет"), shards.of("кызмет"));
        assertEquals(shards.of("1-міндет"), shards.of("1-миндет"), "a term with a digit too");
    }

    @Test
    void wordsOfTheSameFirstTwoLettersShareAShardForTheirTyposAndCompletions() {
        assertEquals(shards.of("сыбайлас"), shards.of("сыйбайлас"));
        assertEquals(shards.of("татуласт"), shards.of("татуластырушы"));
        assertTrue(shards.of("татуласт") < 512);
    }

    @Test
    void numbersHaveShardsOfTheirOwnAndSpreadOverThemInsteadOfCrowdingThoseOfTheirFirstDigits() {
        Set<Integer> days = IntStream.rangeClosed(1, 12).mapToObj(month -> shards.of(String.format("12-%02d-2024", month)))
                .collect(Collectors.toSet());
        Set<Integer> years = IntStream.rangeClosed(1990, 2024).mapToObj(year -> shards.of(Integer.toString(year)))
                .collect(Collectors.toSet());
        assertTrue(days.size() >= 9, "the 12th of each month: " + days);
        assertTrue(years.size() >= 20, "35 years, in two shards when keyed on their first digits: " + years);
        assertTrue(years.stream().allMatch(s -> s >= 512 && s < 576), "after the words' shards: " + years);
    }

    @Test
    void sizedToAbout2KBAShardWithAtLeastEight() {
        assertEquals(new TermShards(8, 8), TermShards.sized(1_000, 0));
        assertEquals(new TermShards(512, 128), TermShards.sized(1_000_000, 250_000));
    }
}
