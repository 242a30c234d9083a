package io.github.civicdata.core.internal;

import java.util.Collection;
import java.util.Optional;

/** Levenshtein distance, for "did you mean …?" suggestions in messages. Not part of the public API. */
public final class EditDistance {
    private EditDistance() {
    }

    /**
     * The number of single-character insertions, deletions and substitutions that turn {@code a} into {@code b}.
     *
     * @param a a string
     * @param b another string
     * @return the distance, at least 0
     */
    public static int between(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The candidate closest to {@code wanted} (ties: the first in iteration order), if it is at most
     * {@code maxDistance} edits away.
     *
     * @param wanted the misspelt text
     * @param candidates the texts that exist
     * @param maxDistance the largest distance still worth suggesting
     * @return the closest candidate, or empty
     */
    public static Optional<String> closest(String wanted, Collection<String> candidates, int maxDistance) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = between(wanted, c);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return bestD <= maxDistance ? Optional.of(best) : Optional.empty();
    }
}
