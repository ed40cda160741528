package kz.adal.search;

import kz.adal.search.analysis.Letters;

/**
 * Which file of {@code search/terms/} holds a term, as the browser computes it alike: {@code words} shards for
 * terms of letters, keyed on their first two letters, then {@code numbers} shards for terms with a digit, keyed on
 * the whole term.
 * <p>
 * Words of the same first two letters share a shard because a typo's and a completion's terms are looked for among
 * them. Letters are folded first, so a word's Kazakh stem and its folded term ({@code қызмет}, {@code кызмет}) share
 * a shard and a query loads one file for both. A number is never a typo or a completion, and keyed on its first two
 * digits every protocol's date (12-08-2024) would crowd the shard of its day and every year that of 19 or 20 (275
 * KB at 10,000 protocols, loaded for any query with a year); in shards of their own, numbers add nothing to a query
 * of words.
 */
public record TermShards(int words, int numbers) {
    private static final int TARGET_SHARD_BYTES = 2_000;

    /**
     * Shards for this many bytes of word terms and of number terms: about 2 KB each on average, a power of two that
     * changes seldom as the archive grows. The prefixes of common words make some shards ten times that.
     */
    public static TermShards sized(int wordBytes, int numberBytes) {
        return new TermShards(count(wordBytes), count(numberBytes));
    }

    private static int count(int bytes) {
        return Integer.highestOneBit(Math.max(8, Math.min(4096, bytes / TARGET_SHARD_BYTES)) * 2 - 1);
    }

    public int total() {
        return words + numbers;
    }

    public int of(String term) {
        if (QueryPlanner.hasDigit(term)) {
            // Lehmer's generator mixes each character in (h * 31 + c spread the years over a third of the shards);
            // its products stay below 2^53, exact in the browser's arithmetic as in longs
            long h = 0;
            for (int i = 0; i < term.length(); i++) {
                h = (h + folded(term.charAt(i))) * 48_271 % 2_147_483_647;
            }
            return words + (int) (h % numbers);
        }
        return (folded(term.charAt(0)) * 31 + (term.length() > 1 ? folded(term.charAt(1)) : 0)) % words;
    }

    private static char folded(char c) {
        return Letters.KAZAKH_TO_RUSSIAN.getOrDefault(c, c);
    }
}
