package io.github.civicdata.anonymize;

import java.util.List;

/** Groups the rows of a table by the (ungeneralised) values of some columns. */
final class Classes {

    private Classes() {
    }

    /** The size of every class (records with equal values in the columns). */
    static int[] sizes(Table table, List<String> columns) {
        return Encoded.of(table, columns).tuples.counts;
    }
}
