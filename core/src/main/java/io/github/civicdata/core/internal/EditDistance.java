package io.github.civicdata.core.internal;

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
}
