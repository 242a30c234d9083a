package io.github.civicdata.core;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts the distinct table rows and cells that findings point at, per source and sheet, in
 * memory bounded independently of the table's length.
 *
 * <p>Findings of a table arrive nearly in row order (a validator looks back a bounded number of
 * rows), so each place keeps a window of the last {@link #WINDOW} rows it has seen, with the
 * columns hit in each; a row that leaves the window is added to the totals. A finding for a row
 * that has already left the window (more than {@code WINDOW} rows behind the furthest row seen)
 * is counted as a new row and new cells: the totals can then only be too high, never too low.
 * Memory: at most {@code WINDOW} rows, each with a bit set of the columns hit.
 *
 * <p>Not thread-safe.
 */
final class AffectedCounter {

    /** Rows kept per place before they are added to the totals. */
    static final int WINDOW = 1024;

    private static final class Place {
        final ArrayDeque<Long> order = new ArrayDeque<>();
        final Map<Long, BitSet> rows = new HashMap<>();
        long furthest;
    }

    private final Map<String, Place> places = new HashMap<>();
    private String lastSource;
    private String lastSheet;
    private Place last;
    private long rows;
    private long cells;

    /**
     * Counts the row (and the cell, when {@code column > 0}) of a finding.
     *
     * @param source the source name
     * @param sheet the sheet, or empty text
     * @param row the 1-based row
     * @param column the 1-based column, or 0 for a whole row
     */
    void count(String source, String sheet, long row, int column) {
        Place p;
        if (last != null && source.equals(lastSource) && sheet.equals(lastSheet)) {
            p = last;
        } else {
            p = places.computeIfAbsent(source + '\u0000' + sheet, k -> new Place());
            last = p;
            lastSource = source;
            lastSheet = sheet;
        }
        BitSet cols = p.rows.get(row);
        if (cols == null) {
            if (row <= p.furthest - WINDOW) {
                // left the window long ago: counted as new (the totals may only be too high)
                rows++;
                if (column > 0) {
                    cells++;
                }
                return;
            }
            cols = new BitSet();
            p.rows.put(row, cols);
            p.order.addLast(row);
            if (row > p.furthest) {
                p.furthest = row;
            }
            while (!p.order.isEmpty() && p.order.peekFirst() <= p.furthest - WINDOW) {
                retire(p, p.order.pollFirst());
            }
        }
        if (column > 0) {
            cols.set(column - 1);
        }
    }

    private void retire(Place p, long row) {
        BitSet cols = p.rows.remove(row);
        rows++;
        cells += cols.cardinality();
    }

    /**
     * @return the distinct rows counted so far (the window included)
     */
    long rows() {
        long n = rows;
        for (Place p : places.values()) {
            n += p.rows.size();
        }
        return n;
    }

    /**
     * @return the distinct cells counted so far (the window included)
     */
    long cells() {
        long n = cells;
        for (Place p : places.values()) {
            for (BitSet b : p.rows.values()) {
                n += b.cardinality();
            }
        }
        return n;
    }
}
