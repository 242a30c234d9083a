package io.github.civicdata.validation.csvw;

import io.github.civicdata.core.Location;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.encoding.DetectedEncoding;
import io.github.civicdata.core.encoding.EncodingDetector;
import io.github.civicdata.validation.internal.KeyIndex;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Processes one table: reads its CSV with its dialect, extracts the embedded metadata (header
 * titles, comments), checks that it is compatible with the table description, builds the columns,
 * and parses every row into cells ("Parsing Cells") with their about, property and value URLs. Cell
 * errors, required cells, the primary key and the foreign-key references go to the run; each row
 * goes to the sink as it is read.
 *
 * <p>Not thread-safe: one per table and run.
 */
final class TableRun {

    private final Run run;
    private final Metadata.Group group;
    private final Metadata.Table table;
    private final int index;
    private final Problems problems;
    private final String source;
    private final Map<String, Integer> capped = new HashMap<>();
    private final Map<String, Long> overCap = new LinkedHashMap<>();
    private List<Col> columns = List.of();
    private boolean started;
    private Dialect dialect;
    private int nonVirtual;

    TableRun(Run run, Metadata.Group group, Metadata.Table table, int index) {
        this.run = run;
        this.group = group;
        this.table = table;
        this.index = index;
        this.problems = run.problems;
        this.source = run.names.of(table.url());
    }

    /** Reads the table; its rows go to {@code sink}. */
    void run(Annotated.Sink sink) {
        Location at = Problems.pointer(table.source(), Problems.child(table.pointer(), "url"));
        Optional<Fetcher.Found> found = run.fetcher.require(table.url(), at);
        if (found.isEmpty()) {
            problems.report().source(io.github.civicdata.core.SourceInfo.of(source));
            return;
        }
        Metadata.Dialect md = table.dialect().or(group::dialect).orElse(null);
        dialect = Dialect.of(md, found.get().resource().contentType());
        List<String> comments = new ArrayList<>();
        long rows = 0;
        try (InputStream in = found.get().resource().opener().open();
                DialectReader reader = new DialectReader(in, dialect, run.maxRowChars)) {
            long sourceRow = 0;
            for (int i = 0; i < dialect.skipRows(); i++) {
                DialectReader.Row r = reader.next();
                if (r == null) {
                    break;
                }
                sourceRow++;
                if (r.comment()) {
                    comments.add(r.content());
                } else if (!r.content().isEmpty()) {
                    comments.add(r.content());
                }
            }
            List<List<String>> header = new ArrayList<>();
            long headerLine = 1;
            for (int i = 0; i < dialect.headerRows(); i++) {
                DialectReader.Row r = reader.next();
                if (r == null) {
                    break;
                }
                sourceRow++;
                if (r.comment()) {
                    comments.add(r.content());
                    continue;
                }
                headerLine = r.line();
                quoting(r, 0);
                List<String> cells = r.cells();
                for (int c = dialect.skipColumns(); c < cells.size(); c++) {
                    int k = c - dialect.skipColumns();
                    while (header.size() <= k) {
                        header.add(new ArrayList<>());
                    }
                    if (!cells.get(c).isBlank()) {
                        header.get(k).add(cells.get(c));
                    }
                }
            }
            RowBuilder builder = null;
            DialectReader.Row r;
            while ((r = reader.next()) != null) {
                sourceRow++;
                if (r.comment()) {
                    comments.add(r.content());
                    continue;
                }
                List<String> cells = r.cells().size() > dialect.skipColumns()
                        ? r.cells().subList(dialect.skipColumns(), r.cells().size()) : List.of();
                if (dialect.skipBlankRows() && allEmpty(r.cells())) {
                    continue;
                }
                if (!started) {
                    columns(header, dialect, headerLine, cells.size());
                    builder = new RowBuilder(run, table, columns, source);
                    sink.startTable(new Annotated.Table(table.url(), table.id(), table.annotations()));
                    started = true;
                }
                rows++;
                quoting(r, rows);
                shape(cells.size(), r.line(), rows);
                sink.row(builder.row(cells, rows, sourceRow, r.line(), this, dialect.skipColumns()));
            }
            if (!started) {
                columns(header, dialect, headerLine, 0);
                sink.startTable(new Annotated.Table(table.url(), table.id(), table.annotations()));
                started = true;
            }
            if (reader.invalidBytes() > 0) {
                Location invalidAt = Location.builder(source).byteOffset(reader.firstInvalidOffset()).build();
                Optional<String> likely = likelyEncoding(found.get().resource(), dialect.charset());
                if (likely.isPresent()) {
                    problems.add(CsvwRules.CSV, "csvw.csv.encoding-likely", invalidAt, null, reader.invalidBytes(),
                            dialect.encodingLabel(), likely.get());
                } else {
                    problems.add(CsvwRules.CSV, "csvw.csv.encoding", invalidAt, null, reader.invalidBytes(),
                            dialect.encodingLabel());
                }
            }
        } catch (DialectReader.RowTooLongException e) {
            problems.add(CsvwRules.CSV, "csvw.csv.row-too-long", Location.builder(source).line(e.line).build(), null,
                    run.maxRowChars);
        } catch (IOException e) {
            problems.add(CsvwRules.UNREADABLE, CsvwRules.UNREADABLE, Location.of(source), null, source,
                    String.valueOf(e.getMessage()));
        }
        if (started) {
            sink.endTable(comments);
        }
        summarizeCapped();
        run.tableRows(index, rows);
        io.github.civicdata.core.SourceInfo.Builder info = io.github.civicdata.core.SourceInfo.builder(source)
                .encoding(dialect == null ? "UTF-8" : dialect.charset().name()).rows(rows);
        if (dialect != null && dialect.delimiter().length() == 1 && !dialect.delimiter().equals(",")) {
            info.delimiter(dialect.delimiter().charAt(0));
        }
        Metadata.Schema schema = run.schemaOf(table);
        if (schema != null && !run.embeddedOnly()) {
            info.template(table.source());
        }
        problems.report().source(info.build());
    }

    /**
     * The WHATWG label of the encoding the bytes show (a byte-order mark, or multibyte sequences
     * valid only in it) when it is not the dialect's: Japanese tables are often Shift_JIS, which
     * CSVW reads only when the dialect names it. Empty when unsure or unreadable (the encoding
     * finding is given without the hint).
     */
    static Optional<String> likelyEncoding(CsvwResource resource, java.nio.charset.Charset declared) {
        DetectedEncoding d;
        try (InputStream in = resource.opener().open()) {
            d = EncodingDetector.detect(in, EncodingDetector.DEFAULT_SAMPLE_LIMIT);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (d.evidence() != DetectedEncoding.Evidence.BOM && d.evidence() != DetectedEncoding.Evidence.VALID_MULTIBYTE
                || d.charset().equals(declared)) {
            return Optional.empty();
        }
        String name = d.charset().name();
        String label = name.equals(EncodingDetector.WINDOWS_31J.name()) ? "shift_jis"
                : name.toLowerCase(java.util.Locale.ROOT);
        return Encodings.charset(label).filter(c -> c.equals(d.charset())).map(c -> label);
    }

    private static boolean allEmpty(List<String> cells) {
        for (String c : cells) {
            if (!c.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void quoting(DialectReader.Row r, long row) {
        if (r.error() != null) {
            Location.Builder b = Location.builder(source).line(r.line());
            if (row > 0) {
                b.row(row);
            }
            cellProblem(CsvwRules.CSV, "csvw.csv." + r.error(), b.build(), 0, null);
        }
    }

    private void shape(int cells, long line, long row) {
        if (cells > nonVirtual) {
            cellProblem(CsvwRules.COLUMNS, "csvw.columns.extra", Location.row(source, line, row), 0, null, cells,
                    nonVirtual);
        } else if (cells < nonVirtual) {
            Location where = Location.row(source, line, row);
            String key = CsvwRules.COLUMNS + "#short";
            if (cap(key)) {
                problems.add(CsvwRules.COLUMNS, Severity.WARNING, "csvw.columns.short", where, null, cells, nonVirtual);
            }
        }
    }

    /**
     * Builds the columns from the table description and the header, checking their compatibility
     * ("Table Description Compatibility").
     *
     * @param firstRowCells the cells of the first data row (no header: the columns it has)
     */
    private void columns(List<List<String>> header, Dialect dialect, long headerLine, int firstRowCells) {
        Metadata.Schema schema = table.schema().or(group::schema).orElse(null);
        String tableLang = tableLanguage();
        List<Metadata.Inherited> outer = new ArrayList<>();
        if (schema != null) {
            outer.add(schema.inherited());
        }
        outer.add(table.inherited());
        outer.add(group.inherited());
        List<Col> cols = new ArrayList<>();
        if (run.embeddedOnly()) {
            int n = header.isEmpty() ? firstRowCells : header.size();
            for (int i = 0; i < n; i++) {
                Map<String, List<String>> titles = i < header.size() && !header.get(i).isEmpty()
                        ? Map.of(tableLang, List.copyOf(header.get(i))) : Map.of();
                Metadata.Column desc = new Metadata.Column(Optional.empty(), titles, Optional.of(tableLang), false,
                        false, Optional.empty(),
                        Metadata.Inherited.NONE, source, "");
                cols.add(Col.of(i + 1, i + 1 + dialect.skipColumns(), desc, outer));
            }
            this.columns = List.copyOf(cols);
            this.nonVirtual = n;
            return;
        }
        List<Metadata.Column> described = schema == null ? List.of() : schema.columns();
        List<Metadata.Column> real = new ArrayList<>();
        List<Metadata.Column> virtual = new ArrayList<>();
        for (Metadata.Column c : described) {
            (c.virtual() ? virtual : real).add(c);
        }
        Location where = Location.builder(source).line(headerLine).build();
        int width = real.size();
        if (!header.isEmpty() && header.size() != real.size()) {
            problems.add(CsvwRules.COMPATIBILITY, "csvw.compatibility.count", where, null, real.size(), header.size());
            width = Math.max(real.size(), header.size());
        } else if (header.isEmpty() && dialect.headerRows() == 0 && firstRowCells > real.size() && real.isEmpty()) {
            width = firstRowCells;
        }
        for (int i = 0; i < Math.min(real.size(), header.size()); i++) {
            compatible(real.get(i), header.get(i), tableLang, i + 1, where);
        }
        for (int i = 0; i < width; i++) {
            Metadata.Column desc = i < real.size() ? real.get(i) : null;
            List<Metadata.Inherited> chain = new ArrayList<>();
            chain.add(desc == null ? Metadata.Inherited.NONE : desc.inherited());
            chain.addAll(outer);
            cols.add(Col.of(i + 1, i + 1 + dialect.skipColumns(), desc, chain));
        }
        this.nonVirtual = width;
        for (Metadata.Column desc : virtual) {
            List<Metadata.Inherited> chain = new ArrayList<>();
            chain.add(desc.inherited());
            chain.addAll(outer);
            cols.add(Col.of(cols.size() + 1, 0, desc, chain));
        }
        this.columns = List.copyOf(cols);
    }

    private String tableLanguage() {
        Object l = table.inherited().values().get(Metadata.Prop.LANG);
        if (l == null) {
            l = group.inherited().values().get(Metadata.Prop.LANG);
        }
        return l == null ? "und" : (String) l;
    }

    /** "Schema Compatibility" of one column description with the titles of the header. */
    private void compatible(Metadata.Column a, List<String> headerTitles, String lang, int number, Location where) {
        Map<String, List<String>> ta = a.titles();
        boolean titlesA = ta.values().stream().anyMatch(l -> !l.isEmpty());
        if (a.name().isEmpty() && !titlesA && headerTitles.isEmpty()) {
            return;
        }
        if (!titlesA || headerTitles.isEmpty()) {
            // one side has a name but no titles: compatible only when not validating
            if (problems.validating()) {
                problems.add(CsvwRules.COMPATIBILITY, "csvw.compatibility.title", where, null, number,
                        a.name().orElse(""), String.join(", ", headerTitles));
            }
            return;
        }
        for (Map.Entry<String, List<String>> e : ta.entrySet()) {
            if (languagesMatch(e.getKey(), lang)) {
                for (String t : e.getValue()) {
                    if (headerTitles.contains(t)) {
                        return;
                    }
                }
            }
        }
        problems.add(CsvwRules.COMPATIBILITY, "csvw.compatibility.title", where, null, number,
                String.join(", ", ta.values().stream().flatMap(List::stream).toList()), String.join(", ", headerTitles));
    }

    static boolean languagesMatch(String a, String b) {
        if (a.equals("und") || b.equals("und")) {
            return true;
        }
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).equalsIgnoreCase(b.substring(0, n));
    }

    /**
     * Adds a cell-level finding, listing at most the configured number per rule and column and
     * counting the rest for one summary at the end of the table.
     */
    void cellProblem(String rule, String key, Location where, int column, String value, Object... args) {
        String k = rule + "#" + column;
        if (cap(k)) {
            problems.add(rule, key, where, value, args);
        } else {
            overCap.merge(k, 1L, Long::sum);
        }
    }

    private boolean cap(String key) {
        int max = run.maxFindingsPerColumn;
        int n = capped.merge(key, 1, Integer::sum);
        return max == 0 || n <= max;
    }

    private void summarizeCapped() {
        for (Map.Entry<String, Long> e : overCap.entrySet()) {
            String rule = e.getKey().substring(0, e.getKey().indexOf('#'));
            int column = Integer.parseInt(e.getKey().substring(e.getKey().indexOf('#') + 1));
            Location.Builder b = Location.builder(source);
            if (column > 0 && column <= columns.size()) {
                b.column(column).header(columns.get(column - 1).header());
            }
            problems.add(rule, "csvw.more", b.build(), null, e.getValue(), rule);
        }
    }

    int index() {
        return index;
    }

    String source() {
        return source;
    }
}
