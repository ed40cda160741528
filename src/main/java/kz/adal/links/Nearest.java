package kz.adal.links;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import kz.adal.content.EditDistance;

/** What a name with a slip of typing in it meant: the one candidate nearest it, at most two letters apart. */
final class Nearest {
    private static final int MOST_EDITS = 2;

    private Nearest() {
    }

    /** The one of {@code candidates} whose {@code name} is nearest {@code typed}; empty when none is near or two are as near. */
    static <T> Optional<T> of(String typed, Collection<T> candidates, Function<T, String> name) {
        T best = null;
        int bestDistance = MOST_EDITS + 1;
        boolean tie = false;
        for (T candidate : candidates) {
            int distance = EditDistance.of(typed, name.apply(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        return tie || best == null ? Optional.empty() : Optional.of(best);
    }
}
