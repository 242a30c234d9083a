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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes 仮名加工情報 (pseudonymised information, 個人情報保護法 第2条第5項, 第41条): descriptions that
 * identify a person are replaced by pseudonyms or {@code *}, 個人識別符号 (My Number, passport
 * numbers) are deleted (施行規則 第31条 第1号・第2号); the other columns are kept. There is no
 * k-anonymity here: 仮名加工情報 is for use inside the business; for release use an
 * {@link Anonymizer}. The CSV is streamed (any size, constant memory apart from a surrogate
 * mapping). The replacements are reported column by column, never with values; the surrogate
 * mapping and the HMAC key are 削除情報等 (規則第32条) and never part of the output.
 *
 * <p>Immutable and thread-safe; each run has its own mapping state.
 *
 * <pre>{@code
 * Pseudonymizer p = Pseudonymizer.builder()
 *         .pseudonymised("住民ID", Pseudonym.keyedHash(Path.of("secret.key")))
 *         .deleted("マイナンバー").identifying("氏名").build();
 * Pseudonymizer.Run run = p.run(Path.of("in.csv"), CsvOptions.defaults(), out, CsvOptions.defaults());
 * }</pre>
 */
public final class Pseudonymizer {

    private final Map<String, AttributeRole> roles;
    private final Map<String, Pseudonym> methods;

    private Pseudonymizer(Builder b) {
        this.roles = Collections.unmodifiableMap(new LinkedHashMap<>(b.roles));
        this.methods = Map.copyOf(b.methods);
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link Pseudonymizer}; not thread-safe. */
    public static final class Builder {
        private final Map<String, AttributeRole> roles = new LinkedHashMap<>();
        private final Map<String, Pseudonym> methods = new LinkedHashMap<>();

        private Builder() {
        }

        private void role(String column, AttributeRole role) {
            AttributeRole prev = roles.putIfAbsent(Objects.requireNonNull(column, "column"), role);
            if (prev != null) {
                throw AnonymizationException.config("anon.config.duplicate-attribute", column, prev.configName(),
                        role.configName());
            }
        }

        /**
         * @param column a column replaced by pseudonyms
         * @param method keyed hash or surrogate
         * @return this builder
         */
        public Builder pseudonymised(String column, Pseudonym method) {
            role(column, AttributeRole.PSEUDONYMISED);
            methods.put(column, Objects.requireNonNull(method, "method"));
            return this;
        }

        /**
         * @param column a column left out (個人識別符号)
         * @return this builder
         */
        public Builder deleted(String column) {
            role(column, AttributeRole.DELETED);
            return this;
        }

        /**
         * @param column a column whose cells become {@code *}
         * @return this builder
         */
        public Builder identifying(String column) {
            role(column, AttributeRole.IDENTIFYING);
            return this;
        }

        /**
         * @return the pseudonymiser
         * @throws AnonymizationException if no column is configured
         */
        public Pseudonymizer build() {
            if (roles.isEmpty()) {
                throw AnonymizationException.config("anon.config.nothing-to-pseudonymise");
            }
            return new Pseudonymizer(this);
        }
    }

    /**
     * @return whether a column gets random surrogates, whose mapping table must be kept apart
     *     ({@link Run#writeMapping(OutputStream)}) if the pseudonyms are ever to be resolved
     */
    public boolean hasSurrogates() {
        return methods.values().stream().anyMatch(m -> m instanceof Pseudonym.Surrogate);
    }

    /**
     * The outcome of one run: rows, the replacements and the surrogate mapping.
     */
    public static final class Run {
        private final long rows;
        private final long blankLines;
        private final List<Replacement> replacements;
        private final Map<String, PseudonymMapper> mappers;

        private Run(long rows, long blankLines, List<Replacement> replacements, Map<String, PseudonymMapper> mappers) {
            this.rows = rows;
            this.blankLines = blankLines;
            this.replacements = List.copyOf(replacements);
            this.mappers = mappers;
        }

        /**
         * @return the records read and written
         */
        public long rows() {
            return rows;
        }

        /**
         * @return blank lines of the input, skipped (every line is the header, a record or a blank line)
         */
        public long blankLines() {
            return blankLines;
        }

        /**
         * @return what was done to each configured column, in the file's order (never with values)
         */
        public List<Replacement> replacements() {
            return replacements;
        }

        /**
         * @return whether a surrogate mapping was made
         */
        public boolean hasSurrogates() {
            return mappers.values().stream().anyMatch(m -> m.method() instanceof Pseudonym.Surrogate);
        }

        /**
         * Writes the surrogate mapping as CSV ({@code column,value,surrogate}).
         *
         * @param out where it goes (flushed, not closed)
         * @return the entries written
         */
        public long writeMapping(OutputStream out) {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(w);
            csv.writeRecord("column", "value", "surrogate");
            long n = 0;
            for (Map.Entry<String, PseudonymMapper> e : mappers.entrySet()) {
                for (Map.Entry<String, String> m : e.getValue().mapping().entrySet()) {
                    csv.writeRecord(e.getKey(), m.getKey(), m.getValue());
                    n++;
                }
            }
            try {
                csv.flush();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return n;
        }

        /**
         * @return JSON-ready members: {@code rows} and {@code replacements}
         */
        public Map<String, Object> reportMembers() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rows", rows);
            m.put("blankLines", blankLines);
            List<Map<String, Object>> rep = new ArrayList<>();
            for (Replacement x : replacements) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("column", x.column());
                e.put("method", x.method());
                e.put("cells", x.cells());
                rep.add(e);
            }
            m.put("replacements", rep);
            return m;
        }
    }

    /**
     * Reads a CSV file and writes it pseudonymised, record by record.
     *
     * @param input the file
     * @param readOptions how to read it
     * @param out where the CSV goes (UTF-8; flushed, not closed)
     * @param writeOptions delimiter (default: the input's) and formula protection
     * @return the run
     * @throws AnonymizationException if the file cannot be read or lacks a configured column
     */
    public Run run(Path input, CsvOptions readOptions, OutputStream out, CsvOptions writeOptions) {
        Map<String, PseudonymMapper> mappers = new LinkedHashMap<>();
        methods.forEach((c, m) -> mappers.put(c, new PseudonymMapper(m)));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Sink sink = new Sink(w, writeOptions, mappers);
        long rows = Table.readFile(input, readOptions, sink);
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Replacement> reps = new ArrayList<>();
        for (String column : sink.header) {
            AttributeRole r = roles.get(column);
            if (r == AttributeRole.PSEUDONYMISED) {
                reps.add(new Replacement(column, methods.get(column).method(), rows));
            } else if (r == AttributeRole.DELETED) {
                reps.add(new Replacement(column, "deleted", rows));
            } else if (r == AttributeRole.IDENTIFYING) {
                reps.add(new Replacement(column, "star", rows));
            }
        }
        return new Run(rows, sink.blankLines, reps, mappers);
    }

    private final class Sink implements Table.RowSink<Long> {
        private final Writer writer;
        private final CsvOptions options;
        private final Map<String, PseudonymMapper> mappers;
        private List<String> header;
        private AttributeRole[] role;
        private PseudonymMapper[] mapper;
        private String[] cells;
        private CsvWriter csv;
        private long rows;
        private long blankLines;

        Sink(Writer writer, CsvOptions options, Map<String, PseudonymMapper> mappers) {
            this.writer = writer;
            this.options = options;
            this.mappers = mappers;
        }

        @Override
        public void header(String source, List<String> h, char delimiter, Optional<String> encoding) {
            header = h;
            for (String c : roles.keySet()) {
                if (!h.contains(c)) {
                    throw AnonymizationException.config("anon.config.unknown-column", c, source);
                }
            }
            role = new AttributeRole[h.size()];
            mapper = new PseudonymMapper[h.size()];
            List<String> out = new ArrayList<>();
            for (int c = 0; c < h.size(); c++) {
                role[c] = roles.getOrDefault(h.get(c), AttributeRole.INSENSITIVE);
                mapper[c] = mappers.get(h.get(c));
                if (role[c] != AttributeRole.DELETED) {
                    out.add(h.get(c));
                }
            }
            cells = new String[out.size()];
            csv = CsvWriter.builder().fieldSeparator(options.delimiter().orElse(delimiter))
                    .lineDelimiter(LineDelimiter.CRLF).build(writer);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = options.formulaProtection().apply(out.get(i));
            }
            csv.writeRecord(cells);
        }

        @Override
        public void row(long row, long line, String[] fields) {
            int o = 0;
            for (int c = 0; c < fields.length; c++) {
                String v;
                switch (role[c]) {
                    case DELETED -> {
                        continue;
                    }
                    case IDENTIFYING -> v = HierarchyBuilders.TOP;
                    case PSEUDONYMISED -> v = mapper[c].apply(fields[c]);
                    default -> v = fields[c];
                }
                cells[o++] = options.formulaProtection().apply(v);
            }
            csv.writeRecord(cells);
            rows++;
        }

        @Override
        public Long finish(long blank) {
            this.blankLines = blank;
            try {
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rows;
        }
    }
}
