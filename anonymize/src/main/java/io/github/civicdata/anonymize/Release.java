package io.github.civicdata.anonymize;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Produces the released table from the chosen transformation: per column what happens to it
 * (kept, replaced by {@code *}, generalised to the chosen level, pseudonymised, deleted) and which
 * rows are suppressed. Either in memory, as a {@link Table} of the anonymised table's columns, or
 * streamed: the input CSV is read again and every record written out at once, so a file of any
 * width is released in the memory of the columns the search needed. While streaming, every value
 * of a column the search read is compared with what was read the first time, so a file that
 * changed in between is an error, never a silently wrong output. Immutable after construction.
 */
final class Release {

    /** What happens to one column. */
    sealed interface Action permits Keep, Star, Generalise, Delete, Pseudonym {
    }

    /** Kept as it is. */
    record Keep() implements Action {
    }

    /** Every cell replaced by {@code *} (identifying attributes). */
    record Star() implements Action {
    }

    /** Generalised: code of the anonymised table's column → label. */
    record Generalise(int[] map, String[] labels) implements Action {
    }

    /** Left out of the output (個人識別符号 and other columns deleted). */
    record Delete() implements Action {
    }

    /** Replaced by a pseudonym. */
    record Pseudonym(CellMapper mapper) implements Action {
    }

    /** Maps a cell to its replacement (the same value always to the same replacement). */
    interface CellMapper {
        String apply(String value);
    }

    private final Table table;
    private final Map<String, Action> actions;
    private final long[] suppressed;
    private final int kept;

    /**
     * @param table the table that was anonymised (all columns, or those the search needed)
     * @param actions per column name; columns not named are kept
     * @param suppressed bit set over the table's rows
     */
    Release(Table table, Map<String, Action> actions, long[] suppressed) {
        this.table = table;
        this.actions = Map.copyOf(actions);
        this.suppressed = suppressed;
        int s = 0;
        for (long w : suppressed) {
            s += Long.bitCount(w);
        }
        this.kept = table.rowCount() - s;
    }

    boolean isSuppressed(int row) {
        return (suppressed[row >>> 6] & (1L << row)) != 0;
    }

    int kept() {
        return kept;
    }

    private Action action(String column) {
        return actions.getOrDefault(column, new Keep());
    }

    /** The output header for an input header: deleted columns left out. */
    List<String> header(List<String> input) {
        List<String> out = new ArrayList<>();
        for (String h : input) {
            if (!(action(h) instanceof Delete)) {
                out.add(h);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The values of a column of the anonymised table as released (generalised where it is a
     * quasi-identifier) and how many released records hold each; null for a column that is not
     * published as it is (identifying, pseudonymised, deleted).
     */
    Object[] releasedCounts(int c) {
        Action a = action(table.header().get(c));
        if (a instanceof Star || a instanceof Delete || a instanceof Pseudonym) {
            return null;
        }
        String[] dict = a instanceof Generalise g ? g.labels() : table.dictionary(c);
        int[] map = a instanceof Generalise g ? g.map() : null;
        long[] counts = new long[dict.length];
        CodeColumn codes = table.codes(c);
        for (int r = 0; r < table.rowCount(); r++) {
            if (!isSuppressed(r)) {
                int v = codes.get(r);
                counts[map == null ? v : map[v]]++;
            }
        }
        return new Object[] {dict, counts};
    }

    /** The released table of the anonymised table's columns. */
    Table table() {
        List<String> header = header(table.header());
        int cols = header.size();
        CodeColumn[] codes = new CodeColumn[cols];
        String[][] dicts = new String[cols][];
        int[] buf = new int[kept];
        int o = 0;
        for (int c = 0; c < table.columnCount(); c++) {
            Action a = action(table.header().get(c));
            if (a instanceof Delete) {
                continue;
            }
            CodeColumn src = table.codes(c);
            String[] dict;
            int[] map;
            if (a instanceof Star) {
                dict = new String[] {HierarchyBuilders.TOP};
                map = new int[table.dictionary(c).length];
            } else if (a instanceof Generalise g) {
                dict = g.labels();
                map = g.map();
            } else if (a instanceof Pseudonym ps) {
                String[] in = table.dictionary(c);
                dict = new String[in.length];
                for (int v = 0; v < in.length; v++) {
                    dict[v] = ps.mapper().apply(in[v]);
                }
                map = null;
            } else {
                dict = table.dictionary(c);
                map = null;
            }
            // compact the dictionary to the values that remain
            int[] newId = new int[dict.length];
            Arrays.fill(newId, -1);
            String[] out = new String[Math.min(dict.length, Math.max(kept, 1))];
            int next = 0;
            int i = 0;
            for (int r = 0; r < table.rowCount(); r++) {
                if (isSuppressed(r)) {
                    continue;
                }
                int v = map == null ? src.get(r) : map[src.get(r)];
                int id = newId[v];
                if (id < 0) {
                    id = next++;
                    newId[v] = id;
                    out[id] = dict[v];
                }
                buf[i++] = id;
            }
            codes[o] = CodeColumn.of(buf, kept);
            dicts[o] = Arrays.copyOf(out, next);
            o++;
        }
        return new Table(table.source(), header, table.delimiter(), table.encoding(), kept, codes, dicts, 0);
    }

    /**
     * Streams the input file again and writes the released records.
     *
     * @return the number of records written
     */
    long write(Path input, CsvOptions readOptions, OutputStream out, CsvOptions writeOptions) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StreamSink sink = new StreamSink(w, writeOptions);
        long written = Table.readFile(input, readOptions, sink);
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** Writes each record as it is read. */
    private final class StreamSink implements Table.RowSink<Long> {
        private final Writer writer;
        private final CsvOptions options;
        private CsvWriter csv;
        private String source;
        /** Per input column: the anonymised table's column (or -1), and the action. */
        private int[] tableCol;
        private Action[] act;
        private String[] cells;
        private long written;
        private long seen;

        StreamSink(Writer writer, CsvOptions options) {
            this.writer = writer;
            this.options = options;
        }

        @Override
        public void header(String src, List<String> header, char delimiter, Optional<String> encoding) {
            this.source = src;
            if (!header.equals(table.sourceHeader())) {
                throw AnonymizationException.input("anon.input.changed-header", src, String.join(", ", header));
            }
            for (String c : actions.keySet()) {
                if (!header.contains(c)) {
                    throw AnonymizationException.config("anon.config.unknown-column", c, src);
                }
            }
            tableCol = new int[header.size()];
            act = new Action[header.size()];
            for (int c = 0; c < header.size(); c++) {
                tableCol[c] = table.columnIndex(header.get(c)).orElse(-1);
                act[c] = action(header.get(c));
                if ((act[c] instanceof Generalise) && tableCol[c] < 0) {
                    throw new IllegalStateException("quasi-identifier not read: " + header.get(c));
                }
            }
            List<String> outHeader = Release.this.header(header);
            cells = new String[outHeader.size()];
            char d = options.delimiter().orElse(delimiter);
            csv = CsvWriter.builder().fieldSeparator(d).lineDelimiter(LineDelimiter.CRLF).build(writer);
            FormulaProtection fp = options.formulaProtection();
            for (int i = 0; i < cells.length; i++) {
                cells[i] = fp.apply(outHeader.get(i));
            }
            csv.writeRecord(cells);
        }

        @Override
        public void row(long row, long line, String[] fields) {
            if (row > table.rowCount()) {
                throw AnonymizationException.input("anon.input.changed", source, row, "-");
            }
            int r = (int) (row - 1);
            seen = row;
            for (int c = 0; c < fields.length; c++) {
                int tc = tableCol[c];
                if (tc >= 0 && !fields[c].equals(table.value(r, tc))) {
                    throw AnonymizationException.input("anon.input.changed", source, row, table.header().get(tc));
                }
            }
            if (isSuppressed(r)) {
                return;
            }
            FormulaProtection fp = options.formulaProtection();
            int o = 0;
            for (int c = 0; c < fields.length; c++) {
                Action a = act[c];
                String v;
                if (a instanceof Delete) {
                    continue;
                } else if (a instanceof Star) {
                    v = HierarchyBuilders.TOP;
                } else if (a instanceof Generalise g) {
                    v = g.labels()[g.map()[table.codes(tableCol[c]).get(r)]];
                } else if (a instanceof Pseudonym ps) {
                    v = ps.mapper().apply(fields[c]);
                } else {
                    v = fields[c];
                }
                cells[o++] = fp.apply(v);
            }
            csv.writeRecord(cells);
            written++;
        }

        @Override
        public Long finish(long blankLines) {
            if (seen != table.rowCount() || written != kept) {
                throw AnonymizationException.input("anon.input.changed", source, seen + 1, "-");
            }
            try {
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return written;
        }
    }
}
