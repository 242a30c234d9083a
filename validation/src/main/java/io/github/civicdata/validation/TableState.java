package io.github.civicdata.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The state of the table being read, shared by the parts of {@link TableProcessor}: the header
 * and its names, the column profiles and the kind of domain check of each column, and the row
 * counters. Set up once the header is known ({@link #start}); the parts read and update it in
 * place. {@link Conformance} checks see it only as a {@link TableView}.
 *
 * <p>Not thread-safe; one instance per source, reused for each table of the source.
 */
final class TableState implements TableView {

    /** The line (or sheet row) of the header. */
    long headerLine;
    /** The header row. */
    RecordView headerRec;
    /** The second header row whose labels were joined to the first, or null. */
    RecordView secondHeaderRec;
    /** Rows that give other names of the columns: LinkData label rows, the rows of a two-row header. */
    final List<RecordView> nameRows = new ArrayList<>(2);
    String[] names = new String[0];
    int width;
    /** The header's number of cells, beyond {@link #width} when the header was cut off at maxColumns. */
    int headerCells;
    ColumnProfile[] cols = new ColumnProfile[0];
    ValueSemantics.Region[] regions = new ValueSemantics.Region[0];
    /** The width of the zero-padded codes of each column ({@link CodeWidths}), 0 for none. */
    int[] codeWidth = new int[0];
    /** Whether the schema declares values that stand for a missing value (cells treated as empty). */
    boolean declaredMissing;
    /** Data rows of the current table so far. */
    long dataRow;
    /** Data rows of the source so far (all tables). */
    long rowsTotal;

    /**
     * Sets up the columns of a new table: names, profiles (blank, merged and proper-noun headers)
     * and the region check each name (or other name) suggests.
     */
    void start(long line, RecordView header, RecordView second, String[] columnNames, List<RecordView> otherNameRows,
            ValueSemantics semantics) {
        headerLine = line;
        headerRec = header;
        secondHeaderRec = second;
        nameRows.clear();
        nameRows.addAll(otherNameRows);
        names = columnNames;
        width = columnNames.length;
        headerCells = Math.max(width, header.totalFields);
        cols = new ColumnProfile[width];
        regions = new ValueSemantics.Region[width];
        codeWidth = new int[width];
        declaredMissing = false;
        dataRow = 0;
        for (int i = 0; i < width; i++) {
            cols[i] = new ColumnProfile(i);
            cols[i].header = names[i];
            cols[i].headerBlank = Cells.trim(names[i]).isEmpty();
            cols[i].headerMerged = i < header.size && (header.flags[i] & RecordView.F_XL_MERGED) != 0;
            cols[i].properNoun = MachineDependent.properNounColumn(names[i]);
            regions[i] = semantics.regionColumn(Cells.trim(names[i]));
        }
        List<List<String>> other = nameRows.isEmpty() ? List.of() : otherNames();
        for (int i = 0; i < other.size(); i++) {
            // a LinkData label row names the column too (denwa / 電話番号)
            for (String o : other.get(i)) {
                if (regions[i] == ValueSemantics.Region.NONE) {
                    regions[i] = semantics.regionColumn(o);
                }
            }
        }
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public String name(int column) {
        return names[column];
    }

    @Override
    public List<String> names() {
        return Collections.unmodifiableList(Arrays.asList(names));
    }

    @Override
    public List<List<String>> otherNames() {
        return HeaderNames.otherNames(nameRows, width);
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public long rows() {
        return rowsTotal;
    }

    @Override
    public long values(int column) {
        return cols[column].values;
    }
}
