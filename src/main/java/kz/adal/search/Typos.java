package kz.adal.search;

import kz.adal.content.EditDistance;

/**
 * How many typing errors apart a typed word and a term are: a letter added, left out or changed, or two letters side
 * by side swapped (жемқролық for жемқорлық), the edits Lucene's FuzzyQuery counts. The browser's engine counts alike.
 */
final class Typos {

    private Typos() {
    }

    /** Exactly one error apart; lengths already differ by at most one. */
    static boolean oneApart(String a, String b) {
        if (a.length() == b.length()) {
            int i = 0;
            while (i < a.length() && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            if (i == a.length()) {
                return false;
            }
            boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i);
            return a.substring(i + 1).equals(b.substring(i + 1))
                    || swapped && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }

    /** The fewest errors that turn {@code a} into {@code b}, each letter touched once (see {@link EditDistance}). */
    static int count(String a, String b) {
        return EditDistance.of(a, b);
    }
}
