package io.github.civicdata.anonymize;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.civicdata.core.encoding.EncodedInput;
import io.github.civicdata.core.encoding.EncodingDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A table of strings held as dictionary-encoded columns: every distinct value of a column is
 * stored once and each cell is an {@code int} index into that column's dictionary.
 *
 * <p>Tables are read from CSV ({@link #read(Path, CsvOptions)}) or built row by row
 * ({@link #builder(List)}) and written back as CSV with the original header, column order and
 * delimiter ({@link #write(Path, CsvOptions)}), with formula-injection protection. Memory is one
 * {@code int} per cell plus one string per distinct value per column, so tables of tens of millions
 * of rows fit where their CSV text would not.
 *
 * <p>Immutable and thread-safe once built; the {@link Builder} is not thread-safe.
 *
 * <pre>{@code
 * Table t = Table.read(Path.of("adult.csv"), CsvOptions.defaults());
 * System.out.println(t.rowCount() + " rows, delimiter " + t.delimiter());
 * Table u = Table.builder(List.of("age", "sex")).addRow("34", "F").addRow("51", "M").build();
 * }</pre>
 */
public final class Table {

    private final String source;
    private final List<String> header;
    private final char delimiter;
    private final Optional<String> encoding;
    private final int rows;
    private final int[][] codes;
    private final String[][] dictionaries;
    private final long blankLines;

    Table(String source, List<String> header, char delimiter, Optional<String> encoding, int rows,
            int[][] codes, String[][] dictionaries, long blankLines) {
        this.blankLines = blankLines;
        this.source = source;
        this.header = List.copyOf(header);
        this.delimiter = delimiter;
        this.encoding = encoding;
        this.rows = rows;
        this.codes = codes;
        this.dictionaries = dictionaries;
    }

    /**
     * Starts a table with the given header (comma as the delimiter when written).
     *
     * @param header the column names, distinct and not empty
     * @return a new builder
     * @throws AnonymizationException if the header is empty or has duplicate names
     */
    public static Builder builder(List<String> header) {
        return new Builder("table", header, ',', Optional.empty());
    }

    /**
     * Reads a CSV file whose first record is the header. The encoding is detected (UTF-8 with or
     * without BOM, Shift_JIS / CP932 decoded as windows-31j, EUC-JP) unless given, and so is the
     * delimiter ({@code ,}, {@code ;}, tab or {@code |}, the most frequent in the header line).
     *
     * @param file the file
     * @param options the options
     * @return the table
     * @throws AnonymizationException of kind {@code INPUT} if the file cannot be read, has invalid
     *     bytes for its encoding, a ragged row, a field above the length limit or no header
     */
    public static Table read(Path file, CsvOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String name = file.toString();
        try {
            // core's rule: the charset given or detected, a byte-order mark skipped only where it fits
            try (EncodedInput in = EncodingDetector.open(file, options.charset())) {
                return read(in.reader(), name, options, Optional.of(in.encoding().label()));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw AnonymizationException.input(e, "anon.input.not-found", name);
        } catch (UncheckedIOException e) {
            throw unreadable(name, e.getCause());
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /**
     * Reads CSV text whose first record is the header.
     *
     * @param reader the text (not closed)
     * @param sourceName the name used in error messages
     * @param options the options (the charset is ignored)
     * @return the table
     * @throws AnonymizationException of kind {@code INPUT} if the text is malformed
     */
    public static Table read(Reader reader, String sourceName, CsvOptions options) {
        try {
            return read(reader, sourceName, options, Optional.empty());
        } catch (UncheckedIOException e) {
            throw unreadable(sourceName, e.getCause());
        } catch (IOException e) {
            throw unreadable(sourceName, e);
        }
    }

    private static AnonymizationException unreadable(String name, Throwable e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return AnonymizationException.input(e, "anon.input.encoding", name);
        }
        return AnonymizationException.input(e, "anon.input.unreadable", name, String.valueOf(e.getMessage()));
    }

    private static Table read(Reader reader, String name, CsvOptions options, Optional<String> encoding)
            throws IOException {
        TrailingBreaks tail = new TrailingBreaks(reader);
        BufferedReader br = new BufferedReader(tail, 1 << 16);
        char delim;
        if (options.delimiter().isPresent()) {
            delim = options.delimiter().get();
        } else {
            br.mark(1 << 20);
            char[] buf = new char[1 << 16];
            int n = br.read(buf, 0, buf.length);
            br.reset();
            delim = detectDelimiter(buf, Math.max(n, 0));
        }
        CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(delim).skipEmptyLines(true)
                .ignoreDifferentFieldCount(true).ofCsvRecord(br);
        Builder b = null;
        long row = 0;
        CsvRecord previous = null;
        long blank = 0;
        try {
            for (CsvRecord rec : csv) {
                // FastCSV skips empty lines: count them from the gaps between records' starting lines
                long gap = rec.getStartingLineNumber() - (previous == null ? 1 : previous.getStartingLineNumber());
                if (previous == null) {
                    blank += gap;
                } else if (gap > 1) {
                    blank += gap - lineSpan(previous);
                }
                previous = rec;
                if (b == null) {
                    List<String> header = new ArrayList<>(rec.getFields());
                    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                        header.set(0, header.get(0).substring(1));
                    }
                    b = new Builder(name, header, delim, encoding);
                    continue;
                }
                row++;
                if (rec.getFieldCount() != b.columns) {
                    throw AnonymizationException.input("anon.input.ragged-row", name, row,
                            rec.getStartingLineNumber(), b.columns, rec.getFieldCount());
                }
                for (int c = 0; c < b.columns; c++) {
                    String f = rec.getField(c);
                    if (f.length() > options.maxFieldLength()) {
                        throw AnonymizationException.input("anon.input.field-too-long", name, row,
                                rec.getStartingLineNumber(), c + 1, b.header.get(c), f.length(),
                                options.maxFieldLength());
                    }
                    b.set(c, f);
                }
                b.endRow();
            }
        } catch (CsvParseException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw AnonymizationException.input(e, "anon.input.malformed", name, String.valueOf(e.getMessage()));
        }
        if (b == null) {
            throw AnonymizationException.input("anon.input.no-header", name);
        }
        b.blankLines = blank + tail.trailingBlankLines();
        return b.build();
    }

    /** The number of lines a record occupies: 1 plus the line breaks inside its (quoted) fields. */
    private static long lineSpan(CsvRecord rec) {
        long span = 1;
        for (int c = 0; c < rec.getFieldCount(); c++) {
            String f = rec.getField(c);
            for (int i = 0; i < f.length(); i++) {
                char ch = f.charAt(i);
                if (ch == '\n' || (ch == '\r' && (i + 1 == f.length() || f.charAt(i + 1) != '\n'))) {
                    span++;
                }
            }
        }
        return span;
    }

    /**
     * Passes text through and counts the line breaks (CR, LF or CRLF) at the very end of it, so
     * that the blank lines after the last record can be counted.
     */
    private static final class TrailingBreaks extends java.io.FilterReader {
        private long breaks;
        private boolean afterCr;

        TrailingBreaks(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n <= 0) {
                return n;
            }
            int start = off + n;
            while (start > off && (buf[start - 1] == '\n' || buf[start - 1] == '\r')) {
                start--;
            }
            if (start > off) {
                breaks = 0;
                afterCr = false;
            }
            for (int i = start; i < off + n; i++) {
                if (buf[i] == '\r') {
                    breaks++;
                    afterCr = true;
                } else {
                    if (!afterCr) {
                        breaks++;
                    }
                    afterCr = false;
                }
            }
            return n;
        }

        /** The line breaks at the end beyond the one that ends the last line. */
        long trailingBlankLines() {
            return Math.max(0, breaks - 1);
        }
    }

    static char detectDelimiter(char[] buf, int n) {
        char[] cands = {',', ';', '\t', '|'};
        int[] counts = new int[cands.length];
        boolean quoted = false;
        for (int i = 0; i < n; i++) {
            char c = buf[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < cands.length; k++) {
                    if (c == cands[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < cands.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return cands[best];
    }

    /**
     * @return the name of the source (the file name as given, or {@code table})
     */
    public String source() {
        return source;
    }

    /**
     * @return the column names in order
     */
    public List<String> header() {
        return header;
    }

    /**
     * @return the delimiter read (detected or given), used again when writing
     */
    public char delimiter() {
        return delimiter;
    }

    /**
     * @return the encoding label detected when read from a file (e.g. {@code UTF-8}, {@code Shift_JIS})
     */
    public Optional<String> encoding() {
        return encoding;
    }

    /**
     * @return the number of data rows (the header excluded)
     */
    public int rowCount() {
        return rows;
    }

    /**
     * @return the number of blank lines that were skipped when the table was read from CSV (before,
     *     between and after the records); 0 for tables built in memory. Every line of the file is
     *     the header, a record (several lines if a quoted field holds line breaks) or one of these.
     */
    public long blankLines() {
        return blankLines;
    }

    /**
     * @return the number of columns
     */
    public int columnCount() {
        return header.size();
    }

    /**
     * @param name a column name
     * @return its 0-based index, or empty if no column has that name
     */
    public OptionalInt columnIndex(String name) {
        int i = header.indexOf(name);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * @param row 0-based row
     * @param column 0-based column
     * @return the cell
     * @throws IndexOutOfBoundsException if out of range
     */
    public String value(int row, int column) {
        Objects.checkIndex(row, rows);
        return dictionaries[column][codes[column][row]];
    }

    /**
     * @param column 0-based column
     * @return the distinct values of the column in order of first appearance
     */
    public List<String> distinctValues(int column) {
        return List.of(dictionaries[column]);
    }

    /**
     * A row as a list of strings.
     *
     * @param row 0-based row
     * @return the cells
     */
    public List<String> row(int row) {
        Objects.checkIndex(row, rows);
        String[] r = new String[header.size()];
        for (int c = 0; c < r.length; c++) {
            r[c] = dictionaries[c][codes[c][row]];
        }
        return List.of(r);
    }

    int[] codes(int column) {
        return codes[column];
    }

    String[] dictionary(int column) {
        return dictionaries[column];
    }

    /**
     * Writes the table as CSV (header first) in UTF-8 without BOM, with this table's delimiter
     * unless the options name one, cells protected against formula injection as the options say.
     *
     * @param file the file to create or replace
     * @param options the options
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Path file, CsvOptions options) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the table as CSV in UTF-8 to a stream (not closed).
     *
     * @param out the stream
     * @param options the options
     * @throws UncheckedIOException if writing fails
     */
    public void write(OutputStream out, CsvOptions options) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(w, options);
    }

    /**
     * Writes the table as CSV text (the writer is flushed, not closed).
     *
     * @param w the writer
     * @param options the options
     * @throws UncheckedIOException if writing fails
     */
    public void write(Writer w, CsvOptions options) {
        char d = options.delimiter().orElse(delimiter);
        FormulaProtection p = options.formulaProtection();
        try {
            CsvWriter csv = CsvWriter.builder().fieldSeparator(d).lineDelimiter(LineDelimiter.CRLF).build(w);
            String[] cells = new String[header.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = p.apply(header.get(c));
            }
            csv.writeRecord(cells);
            String[][] protectedDicts = new String[dictionaries.length][];
            for (int c = 0; c < dictionaries.length; c++) {
                protectedDicts[c] = new String[dictionaries[c].length];
                for (int v = 0; v < dictionaries[c].length; v++) {
                    protectedDicts[c][v] = p.apply(dictionaries[c][v]);
                }
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = protectedDicts[c][codes[c][r]];
                }
                csv.writeRecord(cells);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Table[" + source + ", " + rows + " rows, " + header + "]";
    }

    /** Builds a {@link Table} row by row; not thread-safe. */
    public static final class Builder {
        private final String source;
        private final List<String> header;
        private final char delimiter;
        private final Optional<String> encoding;
        private final int columns;
        private final List<Map<String, Integer>> lookup = new ArrayList<>();
        private final List<List<String>> values = new ArrayList<>();
        private int[][] codes;
        private int rows;
        private long blankLines;

        Builder(String source, List<String> header, char delimiter, Optional<String> encoding) {
            this.source = source;
            this.header = List.copyOf(header);
            this.delimiter = delimiter;
            this.encoding = encoding;
            this.columns = header.size();
            if (columns == 0) {
                throw AnonymizationException.input("anon.input.no-header", source);
            }
            Set<String> seen = new HashSet<>();
            for (int c = 0; c < columns; c++) {
                if (!seen.add(header.get(c))) {
                    throw AnonymizationException.input("anon.input.duplicate-column", source, header.get(c), c + 1);
                }
                lookup.add(new HashMap<>());
                values.add(new ArrayList<>());
            }
            codes = new int[columns][1024];
        }

        void set(int c, String v) {
            if (rows == codes[c].length) {
                for (int k = 0; k < columns; k++) {
                    codes[k] = Arrays.copyOf(codes[k], (int) Math.min(Integer.MAX_VALUE - 8, codes[k].length * 2L));
                }
            }
            Integer code = lookup.get(c).get(v);
            if (code == null) {
                code = values.get(c).size();
                lookup.get(c).put(v, code);
                values.get(c).add(v);
            }
            codes[c][rows] = code;
        }

        void endRow() {
            rows++;
        }

        /**
         * Appends a row.
         *
         * @param cells one value per column
         * @return this builder
         * @throws IllegalArgumentException if the number of cells differs from the header's
         */
        public Builder addRow(String... cells) {
            return addRow(Arrays.asList(cells));
        }

        /**
         * Appends a row.
         *
         * @param cells one value per column
         * @return this builder
         * @throws IllegalArgumentException if the number of cells differs from the header's
         */
        public Builder addRow(List<String> cells) {
            if (cells.size() != columns) {
                throw new IllegalArgumentException("row " + (rows + 1) + " has " + cells.size()
                        + " cells, the header has " + columns);
            }
            for (int c = 0; c < columns; c++) {
                set(c, Objects.requireNonNull(cells.get(c), "cell"));
            }
            rows++;
            return this;
        }

        /**
         * @return the table
         */
        public Table build() {
            int[][] out = new int[columns][];
            String[][] dicts = new String[columns][];
            for (int c = 0; c < columns; c++) {
                out[c] = Arrays.copyOf(codes[c], rows);
                dicts[c] = values.get(c).toArray(new String[0]);
            }
            return new Table(source, header, delimiter, encoding, rows, out, dicts, blankLines);
        }
    }
}
