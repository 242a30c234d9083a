package io.github.civicdata.anonymize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many people of the population have each combination of quasi-identifier values, e.g. a
 * census table of 町字 × 年齢階級 × 性別 counts: what the journalist risk needs (an attacker who does
 * not know whether a person is in the released sample must tell apart everyone in the population
 * who looks alike, so a released record whose class stands for F people is re-identified with
 * probability 1/F; K. El Emam, F. Dankar, "Protecting privacy using k-anonymity", JAMIA 15(5),
 * 2008).
 *
 * <p>The table has one column per quasi-identifier (named as in the data) and a count column.
 * Its values may be at any level of the quasi-identifier's hierarchy that is not above the level
 * released (a population by 5-year age bands serves a release by 5- or 10-year bands); when a
 * release is assessed, the cells are generalised to the released levels and summed. Cells whose
 * value the hierarchy does not know are left out (which only raises the risk: conservative) and
 * counted.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PopulationTable pop = PopulationTable.read(Path.of("population.csv"), CsvOptions.defaults(), "人口");
 * Anonymizer a = Anonymizer.builder()...population(pop).build();
 * }</pre>
 */
public final class PopulationTable {

    private final String source;
    private final List<String> columns;
    private final List<String[]> cells;
    private final long[] counts;

    private PopulationTable(String source, List<String> columns, List<String[]> cells, long[] counts) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.cells = cells;
        this.counts = counts;
    }

    /**
     * Reads a population table from CSV.
     *
     * @param file the file
     * @param options CSV options
     * @param countColumn the column with the number of people (non-negative integers)
     * @return the table
     * @throws AnonymizationException if the file cannot be read, has no such column, or a count is
     *     not a non-negative integer (naming file, row and value)
     */
    public static PopulationTable read(Path file, CsvOptions options, String countColumn) {
        Table t = Table.read(file, options);
        int cc = t.columnIndex(countColumn).orElseThrow(
                () -> AnonymizationException.config("anon.config.unknown-column", countColumn, t.source()));
        List<String> cols = new ArrayList<>();
        for (String h : t.header()) {
            if (!h.equals(countColumn)) {
                cols.add(h);
            }
        }
        List<String[]> cells = new ArrayList<>(t.rowCount());
        long[] counts = new long[t.rowCount()];
        for (int r = 0; r < t.rowCount(); r++) {
            String v = t.value(r, cc).trim();
            long n;
            try {
                n = Long.parseLong(v);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0) {
                throw AnonymizationException.input("anon.population.bad-count", t.source(), r + 1, countColumn, v);
            }
            counts[r] = n;
            String[] c = new String[cols.size()];
            int i = 0;
            for (int col = 0; col < t.columnCount(); col++) {
                if (col != cc) {
                    c[i++] = t.value(r, col);
                }
            }
            cells.add(c);
        }
        return new PopulationTable(t.source(), cols, cells, counts);
    }

    /**
     * A population table from rows.
     *
     * @param columns the quasi-identifier columns
     * @param rows one list of values per cell, in column order
     * @param counts the number of people per cell
     * @return the table
     * @throws IllegalArgumentException if the sizes differ or a count is negative
     */
    public static PopulationTable of(List<String> columns, List<List<String>> rows, List<Long> counts) {
        if (rows.size() != counts.size()) {
            throw new IllegalArgumentException("rows and counts differ in size");
        }
        List<String[]> cells = new ArrayList<>();
        long[] c = new long[counts.size()];
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != columns.size() || counts.get(r) < 0) {
                throw new IllegalArgumentException("row " + (r + 1) + " does not fit the columns or has a negative count");
            }
            cells.add(rows.get(r).toArray(new String[0]));
            c[r] = counts.get(r);
        }
        return new PopulationTable("population", columns, cells, c);
    }

    /**
     * @return the quasi-identifier columns
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * @return the name of the source
     */
    public String source() {
        return source;
    }

    /**
     * @return the total number of people
     */
    public long total() {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    /**
     * The population counts summed by the released values: every cell's values generalised to the
     * given levels through the hierarchies.
     *
     * @param qis the quasi-identifiers in order
     * @param hierarchies their hierarchies
     * @param levels the released level of each
     * @param unmatched receives the number of people in cells that could not be mapped ([0])
     * @return released value tuple → people
     * @throws AnonymizationException if a quasi-identifier is not a column, or a value is only known
     *     at a level above the released one
     */
    Map<List<String>, Long> byReleasedValues(List<String> qis, List<Hierarchy> hierarchies, int[] levels,
            long[] unmatched) {
        int[] col = new int[qis.size()];
        List<Map<String, String>> maps = new ArrayList<>();
        for (int q = 0; q < qis.size(); q++) {
            col[q] = columns.indexOf(qis.get(q));
            if (col[q] < 0) {
                throw AnonymizationException.config("anon.population.missing-column", source, qis.get(q));
            }
            maps.add(toLevel(hierarchies.get(q), levels[q]));
        }
        Map<List<String>, Long> out = new HashMap<>();
        for (int r = 0; r < cells.size(); r++) {
            String[] cell = cells.get(r);
            List<String> key = new ArrayList<>(qis.size());
            boolean ok = true;
            for (int q = 0; q < qis.size() && ok; q++) {
                String v = cell[col[q]];
                String g = maps.get(q).get(v);
                if (g == null) {
                    if (aboveLevel(hierarchies.get(q), v, levels[q])) {
                        throw AnonymizationException.config("anon.population.too-coarse", source, r + 1, qis.get(q), v,
                                levels[q]);
                    }
                    ok = false;
                } else {
                    key.add(g);
                }
            }
            if (ok) {
                out.merge(key, counts[r], Long::sum);
            } else {
                unmatched[0] += counts[r];
            }
        }
        return out;
    }

    /** Label at any level ≤ {@code level} → its generalisation at {@code level}. */
    private static Map<String, String> toLevel(Hierarchy h, int level) {
        Map<String, String> m = new HashMap<>();
        for (List<String> row : h.rows()) {
            String target = row.get(level);
            for (int l = 0; l <= level; l++) {
                m.putIfAbsent(row.get(l), target);
            }
        }
        return m;
    }

    private static boolean aboveLevel(Hierarchy h, String v, int level) {
        for (List<String> row : h.rows()) {
            for (int l = level + 1; l < row.size(); l++) {
                if (row.get(l).equals(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "PopulationTable[" + source + ", " + columns + ", " + cells.size() + " cells]";
    }

    static void requireColumns(PopulationTable p, List<String> qis) {
        for (String q : qis) {
            if (!p.columns.contains(Objects.requireNonNull(q))) {
                throw AnonymizationException.config("anon.population.missing-column", p.source, q);
            }
        }
    }
}
