package io.github.civicdata.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of one table: the values of a list of columns, row by row, with how often each
 * combination occurs and the first row that had it. Checks a primary key ({@link #add} says when a
 * key is seen again) and answers a foreign key ({@link #count}: no row, one row, several).
 *
 * <p>Not API (see the package). Memory grows with the number of distinct keys; once
 * {@code maxKeys} are held, further new keys are not remembered and {@link #full()} says so, so
 * that the caller can report that the check is incomplete. A key is the list of the cells' values
 * in column order; values are compared as strings, so callers pass canonical forms (the CSVW
 * literal of a typed value, the trimmed text of a template cell).
 *
 * <p>Not thread-safe.
 *
 * <pre>{@code
 * KeyIndex facilities = new KeyIndex(1_000_000);
 * facilities.add(List.of("F-001"), 1);            // true: first time
 * facilities.add(List.of("F-001"), 7);            // false: duplicate of row 1
 * facilities.count(List.of("F-002"));             // 0: a foreign key pointing here references no row
 * }</pre>
 */
public final class KeyIndex {

    private static final char SEPARATOR = '\u0000';

    /** First row and number of rows of one key; the count stops at 2 ("several"). */
    private static final class Entry {
        final long firstRow;
        int count;

        Entry(long firstRow) {
            this.firstRow = firstRow;
            this.count = 1;
        }
    }

    private final int maxKeys;
    private final Map<String, Entry> keys = new HashMap<>();
    private boolean full;

    /**
     * @param maxKeys the most distinct keys remembered, at least 1
     * @throws IllegalArgumentException if {@code maxKeys} is less than 1
     */
    public KeyIndex(int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be >= 1: " + maxKeys);
        }
        this.maxKeys = maxKeys;
    }

    /**
     * Records the key of a row.
     *
     * @param key the cells' values in column order (no nulls)
     * @param row the row (for {@link #firstRow})
     * @return false if the key was seen before (a duplicate primary key), else true
     */
    public boolean add(List<String> key, long row) {
        String k = join(key);
        Entry e = keys.get(k);
        if (e != null) {
            if (e.count < 2) {
                e.count++;
            }
            return false;
        }
        if (keys.size() >= maxKeys) {
            full = true;
            return true;
        }
        keys.put(k, new Entry(row));
        return true;
    }

    /**
     * How many rows have this key: 0, 1, or 2 for "two or more".
     *
     * @param key the values in column order
     * @return 0, 1 or 2
     */
    public int count(List<String> key) {
        Entry e = keys.get(join(key));
        return e == null ? 0 : e.count;
    }

    /**
     * The first row that had a key.
     *
     * @param key the values
     * @return the row, or -1 if no row had it
     */
    public long firstRow(List<String> key) {
        Entry e = keys.get(join(key));
        return e == null ? -1 : e.firstRow;
    }

    /**
     * @return whether keys were left out because {@code maxKeys} was reached (answers about keys
     *     not held are then unreliable)
     */
    public boolean full() {
        return full;
    }

    /** @return the number of distinct keys held */
    public int size() {
        return keys.size();
    }

    private static String join(List<String> key) {
        if (key.size() == 1) {
            return key.get(0);
        }
        StringBuilder sb = new StringBuilder();
        for (String v : key) {
            if (sb.length() > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(v.replace("\\", "\\\\").replace(String.valueOf(SEPARATOR), "\\0"));
        }
        return sb.toString();
    }
}
