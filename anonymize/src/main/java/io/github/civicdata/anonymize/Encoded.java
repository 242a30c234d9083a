package io.github.civicdata.anonymize;

import java.util.List;

/**
 * The columns the search reads, encoded: per column its name and dictionary (code → value), and
 * the {@link TupleTable} of the rows' code tuples (quasi-identifiers first, then the sensitive
 * attributes a privacy model needs). Made from an in-memory {@link Table} or while a CSV file is
 * streamed; the rows themselves are not kept.
 */
final class Encoded {

    final String source;
    final String[] names;
    final String[][] dictionaries;
    final TupleTable tuples;

    Encoded(String source, String[] names, String[][] dictionaries, TupleTable tuples) {
        this.source = source;
        this.names = names;
        this.dictionaries = dictionaries;
        this.tuples = tuples;
    }

    int rows() {
        return tuples.rows;
    }

    /** Encodes the named columns of a table (in that order). */
    static Encoded of(Table table, List<String> columns) {
        int w = columns.size();
        CodeColumn[] cols = new CodeColumn[w];
        String[] names = new String[w];
        String[][] dicts = new String[w][];
        for (int i = 0; i < w; i++) {
            String name = columns.get(i);
            int c = table.columnIndex(name).orElseThrow(
                    () -> AnonymizationException.config("anon.config.unknown-column", name, table.source()));
            cols[i] = table.codes(c);
            names[i] = name;
            dicts[i] = table.dictionary(c);
        }
        int n = table.rowCount();
        TupleTable tt = new TupleTable(w, n);
        final int block = 2048;
        int[][] buf = new int[w][block];
        int[] row = new int[Math.max(1, w)];
        for (int from = 0; from < n; from += block) {
            int len = Math.min(block, n - from);
            for (int i = 0; i < w; i++) {
                cols[i].copyTo(from, buf[i], len);
            }
            for (int r = 0; r < len; r++) {
                for (int i = 0; i < w; i++) {
                    row[i] = buf[i][r];
                }
                tt.add(row, 0);
            }
        }
        return new Encoded(table.source(), names, dicts, tt.finish());
    }

    /** The first (0-based) row whose code in {@code column} is {@code code}, or -1. */
    int firstRow(int column, int code) {
        TupleTable t = tuples;
        for (int r = 0; r < t.rows; r++) {
            if (t.code(t.rowTuple[r], column) == code) {
                return r;
            }
        }
        return -1;
    }
}
