package io.github.civicdata.validation;

import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Vocabulary;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a CSV/TSV file (any encoding the validator detects) or an Excel sheet into a
 * machine-readable UTF-8 CSV, optionally mapped onto a standard dataset template, and writes a
 * change log a person can review and a sidecar with everything moved out of the table: データ整形.
 *
 * <p>The fixer reuses the validator's detection (encoding, delimiter, header row, title, note,
 * total and legend rows, second tables, column types, template columns) and applies the
 * validator's own suggestions, which never change what a value means (docs/validation.md §
 * "Suggestions: what they promise"). Each change is a named {@link FixTransformation} that can be
 * skipped; where the validator has no suggestion the value stays and the log says why. What it
 * guarantees, and tests:
 * <ul>
 *   <li>no row is lost: every record is written, or logged with its reason (and, unless blank,
 *       kept in the sidecar);
 *   <li>every non-blank value is in the output unchanged, changed with a log line, or in the
 *       sidecar;
 *   <li>fixing a fixed file changes nothing, byte for byte;
 *   <li>the output has no finding of a transformation that ran, except those it logged as
 *       {@code unfixable};
 *   <li>the output is UTF-8 (a BOM only when asked), comma-separated, quoted only where needed,
 *       with cells that a spreadsheet would run as formulas defused by the project's one CSV
 *       policy ({@code CsvFormulas.defuseExceptNumbers} of core: a leading {@code '}; plain
 *       numbers and a lone {@code -} stay).
 * </ul>
 *
 * <p>CSV input is streamed: memory does not grow with the file (a window of at most
 * {@value FixRun#PLAN_ROWS} rows is held while the column decisions are made; when a later row
 * contradicts them, the input is read a second time, see {@link FixOutputs}). A workbook's
 * shared strings are held in memory, as when it is validated.
 *
 * <p>Bad data never makes the fixer throw: it fixes what it can, logs the rest and, when it
 * cannot write one faithful table (several tables without {@link Builder#table(int)}, a value
 * beyond the limits, a file that is not a table), refuses with a finding
 * ({@link FixResult#refusal()}). Immutable and thread-safe: one fixer can fix many files.
 *
 * <pre>{@code
 * Fixer fixer = Fixer.builder().template("aed@2021-suisho").build();
 * FixResult r = fixer.fix(Path.of("aed_defects_sjis.csv"), FixOutputs.builder()
 *         .table(Path.of("aed.csv")).changes(Path.of("changes.csv")).sidecar(Path.of("aed.notes.json")).build());
 * r.changes();     // {LAYOUT=1, HALFWIDTH_KANA=1, DATES=1, CODES=1, ...}
 * }</pre>
 */
public final class Fixer {

    final Validator reader;
    final Set<FixTransformation> on;
    final String sheet;
    final int table;
    final boolean bom;
    final boolean crlf;
    final Optional<DatasetTemplate> template;
    /** Tests only: the writer thread's batches (how many, rows, characters), or null for its defaults. */
    final int[] writerBatches;
    /**
     * Tests only: the validator's detection runs in full (every finding prepared, then discarded)
     * instead of in its fixing mode ({@link TableProcessor#observer(TableObserver, boolean)}).
     */
    final boolean fullDetection;

    private Fixer(Builder b, Validator reader, Set<FixTransformation> on) {
        this.reader = reader;
        this.on = java.util.Collections.unmodifiableSet(EnumSet.copyOf(on));
        this.sheet = b.sheet;
        this.table = b.table;
        this.bom = b.bom;
        this.crlf = b.crlf;
        this.template = reader.template();
        this.writerBatches = b.writerBatches == null ? null : b.writerBatches.clone();
        this.fullDetection = b.fullDetection;
    }

    /**
     * Starts a builder with the defaults: no template, every transformation that is on by
     * default, encoding, delimiter and header row detected, the first visible sheet, UTF-8
     * without BOM, LF line endings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The transformations this fixer applies.
     *
     * @return the transformations (immutable)
     */
    public Set<FixTransformation> transformations() {
        return on;
    }

    /**
     * Fixes one file.
     *
     * @param input a CSV/TSV file or an {@code .xlsx} workbook
     * @param outputs where to write
     * @return what was done, or why the fixer refused
     * @throws UnreadableInputException if the input cannot be read
     * @throws java.io.UncheckedIOException if an output cannot be written
     * @throws ValidationOutOfMemoryError if the Java heap runs out
     */
    public FixResult fix(Path input, FixOutputs outputs) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(outputs, "outputs");
        try {
            FixRun first = new FixRun(this, input, outputs, null);
            FixResult r = first.run();
            if (first.replan() == null || r.refused()) {
                return r;
            }
            FixRun second = new FixRun(this, input, outputs, first.replan());
            return second.run();
        } catch (IOException e) {
            throw new UnreadableInputException(input.toString(), e);
        }
    }

    /**
     * Configures a {@link Fixer}; not thread-safe. {@link #build()} checks the whole
     * configuration.
     */
    public static final class Builder {
        private String templateId;
        private DatasetTemplate template;
        private Vocabulary vocabulary;
        private Charset encoding;
        private char delimiter;
        private int headerRow;
        private String sheet;
        private int table;
        private boolean bom;
        private boolean crlf;
        private int maxFieldLength = Validator.DEFAULT_MAX_FIELD_LENGTH;
        private int maxLineLength = Validator.DEFAULT_MAX_LINE_LENGTH;
        private int maxColumns = Validator.DEFAULT_MAX_COLUMNS;
        private int threads;
        private long pipelineThreshold = -1;
        private int[] writerBatches;
        private boolean fullDetection;
        private final Set<String> only = new LinkedHashSet<>();
        private final Set<String> skip = new LinkedHashSet<>();
        private final Set<String> enable = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * Maps the table onto a template of the vocabulary ({@code id} or {@code id@version}):
         * columns renamed and ordered as the template says (matched as {@code validate --template}
         * matches them), missing optional columns added empty, unknown columns kept at the end,
         * values put into the template's formats where its checks suggest one.
         *
         * @param idOrIdAtVersion the template
         * @return this builder
         */
        public Builder template(String idOrIdAtVersion) {
            this.templateId = Objects.requireNonNull(idOrIdAtVersion, "template");
            this.template = null;
            return this;
        }

        /**
         * Maps the table onto this template.
         *
         * @param template the template
         * @return this builder
         */
        public Builder template(DatasetTemplate template) {
            this.template = Objects.requireNonNull(template, "template");
            this.templateId = null;
            return this;
        }

        /**
         * The vocabulary templates and header names are looked up in (default
         * {@link Vocabulary#standard()}).
         *
         * @param vocabulary the vocabulary
         * @return this builder
         */
        public Builder vocabulary(Vocabulary vocabulary) {
            this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
            return this;
        }

        /**
         * Decodes CSV input with this charset instead of detecting it.
         *
         * @param charset the charset
         * @return this builder
         */
        public Builder encoding(Charset charset) {
            this.encoding = Objects.requireNonNull(charset, "charset");
            return this;
        }

        /**
         * The field delimiter of CSV input (detected when not set, as the validator does).
         *
         * @param delimiter the delimiter
         * @return this builder
         */
        public Builder delimiter(char delimiter) {
            this.delimiter = delimiter;
            return this;
        }

        /**
         * The line (CSV) or sheet row holding the column names, instead of choosing it by evidence
         * (for LinkData files: the {@code #property} row or the row of Japanese names).
         *
         * @param line at least 1, or 0 to choose by evidence
         * @return this builder
         */
        public Builder headerRow(int line) {
            this.headerRow = line;
            return this;
        }

        /**
         * The sheet of a workbook to fix (default: the first visible sheet).
         *
         * @param name the sheet's name
         * @return this builder
         */
        public Builder sheet(String name) {
            this.sheet = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Which table to write when the input holds several (1 for the first); the rows of the
         * others go to the sidecar. By default (0) an input with several tables is refused with a
         * finding naming their ranges.
         *
         * @param n at least 1, or 0
         * @return this builder
         */
        public Builder table(int n) {
            this.table = n;
            return this;
        }

        /**
         * Writes a UTF-8 byte-order mark first (some versions of Excel need it to read UTF-8).
         *
         * @param bom whether to write one (default false)
         * @return this builder
         */
        public Builder bom(boolean bom) {
            this.bom = bom;
            return this;
        }

        /**
         * Ends records with CRLF instead of LF.
         *
         * @param crlf whether to (default false)
         * @return this builder
         */
        public Builder crlf(boolean crlf) {
            this.crlf = crlf;
            return this;
        }

        /**
         * Applies only these transformations (names such as {@code dates}, or rule ids and aliases,
         * which stand for every transformation of the rule); {@code formulas} and {@code ragged-rows}
         * always run.
         *
         * @param namesOrRules the transformations
         * @return this builder
         */
        public Builder only(String... namesOrRules) {
            for (String s : namesOrRules) {
                only.add(Objects.requireNonNull(s, "name"));
            }
            return this;
        }

        /**
         * Leaves these transformations out (names or rule ids, as for {@link #only}).
         *
         * @param namesOrRules the transformations
         * @return this builder
         */
        public Builder skip(String... namesOrRules) {
            for (String s : namesOrRules) {
                skip.add(Objects.requireNonNull(s, "name"));
            }
            return this;
        }

        /**
         * Turns on transformations that are off by default ({@code join-lines},
         * {@code unique-headers}).
         *
         * @param names the transformations
         * @return this builder
         */
        public Builder enable(String... names) {
            for (String s : namesOrNull(names)) {
                enable.add(s);
            }
            return this;
        }

        private static String[] namesOrNull(String[] names) {
            for (String s : names) {
                Objects.requireNonNull(s, "name");
            }
            return names;
        }

        /**
         * The longest field read; a longer one makes the fixer refuse (it never writes a cut
         * value).
         *
         * @param chars at least 1; default {@link Validator#DEFAULT_MAX_FIELD_LENGTH}
         * @return this builder
         */
        public Builder maxFieldLength(int chars) {
            this.maxFieldLength = chars;
            return this;
        }

        /**
         * The longest record read; a longer one makes the fixer refuse.
         *
         * @param chars at least 1; default {@link Validator#DEFAULT_MAX_LINE_LENGTH}
         * @return this builder
         */
        public Builder maxLineLength(int chars) {
            this.maxLineLength = chars;
            return this;
        }

        /**
         * The most columns read; a record with more makes the fixer refuse.
         *
         * @param columns at least 1; default {@link Validator#DEFAULT_MAX_COLUMNS}
         * @return this builder
         */
        public Builder maxColumns(int columns) {
            this.maxColumns = columns;
            return this;
        }

        /**
         * Tests only: the threads a CSV file of at least 4 MB is read with ({@link Validator.Builder#threads};
         * default: the available processors). The records are decoded and split on a second thread, the
         * fixed table is written on a third ({@link FixWriterThread}); the checks and the fixing stay on the
         * calling thread.
         */
        Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /** Tests only: the smallest input (bytes) read on a second thread; 0 includes every file. */
        Builder pipelineThreshold(long bytes) {
            this.pipelineThreshold = bytes;
            return this;
        }

        /**
         * Tests only: the writer thread's batches ({@link FixWriterThread}): how many, rows and
         * characters per batch (tiny sizes reuse every buffer many times in a small table).
         */
        Builder writerBatches(int batches, int rows, int chars) {
            this.writerBatches = new int[] {batches, rows, chars};
            return this;
        }

        /**
         * Tests only: runs the validator's detection in full, as before its fixing mode (the
         * fixer's outputs are the same either way; {@code FixingModeProperties}).
         */
        Builder fullDetection(boolean full) {
            this.fullDetection = full;
            return this;
        }

        /**
         * @return the fixer
         * @throws IllegalArgumentException if a transformation or rule is unknown, a
         *     transformation that cannot be skipped is skipped, the template is unknown or a
         *     setting is out of range
         */
        public Fixer build() {
            if (table < 0) {
                throw new IllegalArgumentException("table must be >= 0: " + table);
            }
            Set<FixTransformation> on = EnumSet.noneOf(FixTransformation.class);
            if (only.isEmpty()) {
                for (FixTransformation t : FixTransformation.values()) {
                    if (t.byDefault()) {
                        on.add(t);
                    }
                }
            } else {
                for (String s : only) {
                    on.addAll(resolve(s));
                }
                on.add(FixTransformation.FORMULAS);
                on.add(FixTransformation.RAGGED_ROWS);
            }
            for (String s : skip) {
                for (FixTransformation t : resolve(s)) {
                    if (!t.skippable()) {
                        if (FixTransformation.byId(s).isPresent()) {
                            throw new IllegalArgumentException("cannot skip " + t.id()
                                    + ": a CSV holds values only");
                        }
                        continue; // a rule named for skipping keeps what cannot be skipped
                    }
                    on.remove(t);
                }
            }
            for (String s : enable) {
                FixTransformation t = FixTransformation.byId(s)
                        .orElseThrow(() -> new IllegalArgumentException("unknown transformation: " + s));
                on.add(t);
            }
            Validator.Builder v = Validator.builder().detectTemplate(false).maxFieldLength(maxFieldLength)
                    .maxLineLength(maxLineLength).maxColumns(maxColumns).headerRow(headerRow)
                    .maxFindingsPerColumn(0).maxFindings(100);
            if (vocabulary != null) {
                v.vocabulary(vocabulary);
            }
            if (templateId != null) {
                v.template(templateId);
            } else if (template != null) {
                v.template(template);
            }
            if (encoding != null) {
                v.encoding(encoding);
            }
            if (delimiter != 0) {
                v.delimiter(delimiter);
            }
            if (threads > 0) {
                v.threads(threads);
            }
            if (pipelineThreshold >= 0) {
                v.pipelineThreshold(pipelineThreshold);
            }
            return new Fixer(this, v.build(), on);
        }

        private static List<FixTransformation> resolve(String s) {
            List<FixTransformation> ts = FixTransformation.find(s);
            if (ts.isEmpty()) {
                throw new IllegalArgumentException("unknown transformation or rule: " + s);
            }
            return ts;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Fixer[template=%s, transformations=%d]",
                template.map(t -> t.id() + "@" + t.version()).orElse("-"), on.size());
    }
}
