package io.github.civicdata.anonymize;

import java.util.Arrays;
import java.util.List;

/** Groups the rows of a table by the (ungeneralised) values of some columns. */
final class Classes {

    private Classes() {
    }

    /** Per row, the index of its class; the class count is the largest index + 1. */
    static int[] rowClasses(Table table, List<String> columns) {
        int n = table.rowCount();
        int[][] cols = new int[columns.size()][];
        for (int i = 0; i < cols.length; i++) {
            String name = columns.get(i);
            int c = table.columnIndex(name).orElseThrow(
                    () -> AnonymizationException.config("anon.config.unknown-column", name, table.source()));
            cols[i] = table.codes(c);
        }
        int cap = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
        int[] slotClass = new int[cap];
        Arrays.fill(slotClass, -1);
        int[] rowClass = new int[n];
        int[] classRep = new int[Math.max(1, n)];
        int classes = 0;
        int mask = cap - 1;
        for (int r = 0; r < n; r++) {
            int h = 1;
            for (int[] col : cols) {
                h = h * 31 + col[r];
            }
            int slot = (h * 0x9E3779B9) >>> 1 & mask;
            while (true) {
                int c = slotClass[slot];
                if (c < 0) {
                    slotClass[slot] = classes;
                    classRep[classes] = r;
                    rowClass[r] = classes++;
                    break;
                }
                int rep = classRep[c];
                boolean eq = true;
                for (int[] col : cols) {
                    if (col[rep] != col[r]) {
                        eq = false;
                        break;
                    }
                }
                if (eq) {
                    rowClass[r] = c;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return rowClass;
    }

    static int[] sizes(Table table, List<String> columns) {
        int[] rc = rowClasses(table, columns);
        int max = -1;
        for (int c : rc) {
            max = Math.max(max, c);
        }
        int[] sizes = new int[max + 1];
        for (int c : rc) {
            sizes[c]++;
        }
        return sizes;
    }
}
