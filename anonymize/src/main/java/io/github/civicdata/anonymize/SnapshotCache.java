package io.github.civicdata.anonymize;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The roll-up cache shared by the evaluators of one search: immutable class snapshots of checked
 * transformations, bounded by the total number of groups held, least recently used evicted.
 * Reads see a copy-on-write array (no lock); additions and evictions are synchronised.
 * Thread-safe.
 */
final class SnapshotCache {

    private static final Evaluator.Snapshot[] EMPTY = new Evaluator.Snapshot[0];

    private volatile Evaluator.Snapshot[] entries = EMPTY;
    private final long budget;
    private long held;
    private final AtomicLong clock = new AtomicLong();

    SnapshotCache(long budget) {
        this.budget = budget;
    }

    /** The smallest cached snapshot of a transformation at or below {@code lv}, or null. */
    Evaluator.Snapshot best(int[] lv, int smallerThan) {
        Evaluator.Snapshot from = null;
        int size = smallerThan;
        for (Evaluator.Snapshot c : entries) {
            if (c.size < size && Evaluator.leq(c.node, lv)) {
                from = c;
                size = c.size;
            }
        }
        if (from != null) {
            from.used = clock.incrementAndGet();
        }
        return from;
    }

    synchronized void add(Evaluator.Snapshot s) {
        Evaluator.Snapshot[] cur = entries;
        int n = cur.length;
        Evaluator.Snapshot[] next = Arrays.copyOf(cur, n + 1);
        next[n] = s;
        held += s.size;
        s.used = clock.incrementAndGet();
        n++;
        while (held > budget && n > 1) {
            int lru = 0;
            for (int i = 1; i < n - 1; i++) {
                if (next[i].used < next[lru].used) {
                    lru = i;
                }
            }
            held -= next[lru].size;
            next[lru] = next[n - 1];
            n--;
        }
        entries = n == next.length ? next : Arrays.copyOf(next, n);
    }

    synchronized void clear() {
        entries = EMPTY;
        held = 0;
    }
}
