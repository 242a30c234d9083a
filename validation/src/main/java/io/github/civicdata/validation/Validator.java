package io.github.civicdata.validation;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.address.TownMaster;
import io.github.civicdata.vocab.code.ReferencePeriod;
import io.github.civicdata.vocab.format.FormatChecks;
import io.github.civicdata.vocab.format.GeoBox;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Validates CSV and XLSX files against the machine-readability rules (行政データにおける機械可読性に関する
 * ルール, {@code L1-01} … {@code L3-09}) and, when given one, a standard dataset template or a table
 * schema, returning a {@link Report} of findings.
 *
 * <p>Each input is read once with memory bounded independently of its size (see the limits on
 * the {@link Builder}). Bad data never makes the validator throw: it becomes findings. Only an
 * input that cannot be read at all (missing file, I/O error) ends in an
 * {@link UnreadableInputException}, and running out of heap in a
 * {@link ValidationOutOfMemoryError} that says how much was read and what to change.
 *
 * <p>Immutable and thread-safe: one validator can check many files, also concurrently.
 *
 * <pre>{@code
 * Validator validator = Validator.builder().maxFindings(500).build();
 * Report report = validator.validate(Path.of("aed.csv"));
 * for (Finding f : report.findings()) {
 *     System.out.println(f.ruleId() + " " + Messages.get().localize(f).ja());
 * }
 * }</pre>
 */
public final class Validator {

    /** Default cap on the findings kept in a report ({@link Report#DEFAULT_MAX_FINDINGS}). */
    public static final int DEFAULT_MAX_FINDINGS = Report.DEFAULT_MAX_FINDINGS;
    /** Default number of findings of one rule listed per column before they are summarised. */
    public static final int DEFAULT_MAX_FINDINGS_PER_COLUMN = 5;
    /** Default longest field, in characters. */
    public static final int DEFAULT_MAX_FIELD_LENGTH = 1 << 20;
    /** Default longest record (line), in characters. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 4 << 20;
    /** Default most columns per record (Excel's limit). */
    public static final int DEFAULT_MAX_COLUMNS = 16_384;
    /** Tables with more columns than this are not profiled ({@link Builder#profileColumns(boolean)}). */
    public static final int MAX_PROFILED_COLUMNS = 1000;
    /** Default most values remembered per unique column. */
    public static final int DEFAULT_MAX_UNIQUE_VALUES = 1_000_000;
    /** Default longest time spent reading one part of a workbook (a sheet, the shared strings …). */
    public static final Duration DEFAULT_XLSX_PART_TIME_LIMIT = Duration.ofMinutes(5);
    /**
     * Rule id of the finding that replaces the report of a file on which the validator failed
     * with an internal error (a bug of civicdata, not of the data); the CLI exits with 3 when a
     * report holds one.
     */
    public static final String INTERNAL_ERROR = "validation.internal-error";

    final int maxFindings;
    final int maxFindingsPerColumn;
    final int maxFieldLength;
    final int maxLineLength;
    final int maxColumns;
    final int maxUniqueValues;
    final long xlsxPartTimeNanos;
    final Charset encoding;
    final char delimiter;
    final boolean hideValues;
    final boolean detectTemplate;
    final int headerRow;
    final int threads;
    final long pipelineThreshold;
    final boolean profileColumns;
    final Map<String, Severity> severities;
    final Set<String> disabled;
    final ProgressListener progress;
    final ValueSemantics semantics;
    private final Vocabulary vocabulary;
    private final FormatChecks checks;
    private final DatasetTemplate template;
    /** The ABR 町字 file the address checks use, or null. */
    private final TownMaster towns;
    /** The schema the template was read from, or null. */
    private final TableSchemaReader.Schema schema;

    private Validator(Builder b, Vocabulary vocabulary, DatasetTemplate template, TableSchemaReader.Schema schema) {
        this.maxFindings = b.maxFindings;
        this.maxFindingsPerColumn = b.maxFindingsPerColumn;
        this.maxFieldLength = b.maxFieldLength;
        this.maxLineLength = b.maxLineLength;
        this.maxColumns = b.maxColumns;
        this.maxUniqueValues = b.maxUniqueValues;
        long nanos;
        try {
            nanos = b.xlsxPartTimeLimit.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE; // longer than 292 years: no limit
        }
        this.xlsxPartTimeNanos = nanos;
        this.encoding = b.encoding;
        this.delimiter = b.delimiter;
        this.hideValues = b.hideValues;
        this.detectTemplate = b.detectTemplate;
        this.headerRow = b.headerRow;
        this.threads = b.threads;
        this.pipelineThreshold = b.pipelineThreshold;
        this.profileColumns = b.profileColumns;
        this.severities = Map.copyOf(b.severities);
        this.disabled = Set.copyOf(b.disabled);
        this.progress = b.progress;
        this.vocabulary = vocabulary;
        this.checks = FormatChecks.builder().plausibleArea(b.area).referencePeriod(b.period).build();
        this.template = template;
        this.schema = schema;
        this.towns = b.towns;
        this.semantics = new VocabSemantics(vocabulary, checks, b.detectTemplate);
    }

    /** The same settings with another template (the companion file of a two-file dataset). */
    private Validator(Validator o, DatasetTemplate template) {
        this.maxFindings = o.maxFindings;
        this.maxFindingsPerColumn = o.maxFindingsPerColumn;
        this.maxFieldLength = o.maxFieldLength;
        this.maxLineLength = o.maxLineLength;
        this.maxColumns = o.maxColumns;
        this.maxUniqueValues = o.maxUniqueValues;
        this.xlsxPartTimeNanos = o.xlsxPartTimeNanos;
        this.encoding = o.encoding;
        this.delimiter = o.delimiter;
        this.hideValues = o.hideValues;
        this.detectTemplate = o.detectTemplate;
        this.headerRow = o.headerRow;
        this.threads = o.threads;
        this.pipelineThreshold = o.pipelineThreshold;
        this.profileColumns = o.profileColumns;
        this.severities = o.severities;
        this.disabled = o.disabled;
        this.progress = o.progress;
        this.vocabulary = o.vocabulary;
        this.checks = o.checks;
        this.template = template;
        this.schema = null;
        this.towns = o.towns;
        this.semantics = o.semantics;
    }

    /**
     * The template or schema this validator checks against, if any.
     *
     * @return the template
     */
    public java.util.Optional<DatasetTemplate> template() {
        return java.util.Optional.ofNullable(template);
    }

    /** The vocabulary templates are matched with (header mapping of the two-file key check). */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Starts a builder with the defaults (no template, encoding detected, limits as the
     * {@code DEFAULT_*} constants).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The rules this validator applies and lists in its reports (automatic and manual), with the
     * configured severities.
     *
     * @return the rules (immutable)
     */
    public List<RuleInfo> rules() {
        // a loop, not a stream: a stream pipeline and its lambdas cost class loading on every start
        List<RuleInfo> out = new ArrayList<>();
        for (RuleInfo r : ValidationRules.all()) {
            if (!disabled.contains(r.id())) {
                Severity s = severities.get(r.id());
                out.add(s != null ? r.withSeverity(s) : r);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Validates one file; the source is named by the file name as given.
     *
     * @param file a CSV, TSV or XLSX file (other formats get an L1-01 or "not validated" finding)
     * @return the report
     * @throws UnreadableInputException if the file cannot be read
     * @throws ValidationOutOfMemoryError if the Java heap runs out (the message names the sizes and the settings)
     */
    public Report validate(Path file) {
        return validate(List.of(file), true);
    }

    /**
     * Validates several files into one combined report (one source entry per file; the
     * max-findings limit applies to the whole report).
     *
     * <p>A file that cannot be read (it does not exist, is a directory, may not be read, or reading
     * it fails) does not end the run: it gets a {@code file.unreadable} finding (an error) and the
     * other files are validated as usual; a failure part way through keeps the findings made
     * before it. Likewise an internal error (a bug) while checking one file gives that file a
     * {@code validation.internal-error} finding (see {@link #INTERNAL_ERROR}). The number of
     * {@code file.unreadable} findings ({@link Report#countsByRule()}) tells how many files could
     * not be read.
     *
     * <p>With a template of a two-file dataset (one that declares a companion file, such as
     * {@code polling-place@2024-observed} with the shared 施設 file joined on {@code 施設_ID}), each
     * file is checked against the template its header fits, and every key of the dataset files must
     * be a key of the companion files ({@code foreign-key}); without a companion file the report says
     * so (info). The key check reads CSV files a second time; workbooks are not key-checked (a
     * warning says so).
     *
     * @param files the files
     * @return the combined report
     * @throws ValidationOutOfMemoryError if the Java heap runs out (the message names the sizes and the settings)
     */
    public Report validate(Collection<Path> files) {
        return validate(files, false);
    }

    private Report validate(Collection<Path> files, boolean throwUnreadable) {
        Report.Builder rb = newReport();
        for (Path f : files) {
            Objects.requireNonNull(f, "file");
        }
        Optional<DatasetTemplate> companion = template == null || schema != null ? Optional.empty()
                : vocabulary.companionOf(template);
        if (companion.isPresent()) {
            // a two-file dataset: each file against its own template, then the keys across them
            new CompanionFiles(this, new Validator(this, companion.get())).validate(files, rb, throwUnreadable);
            return rb.build();
        }
        for (Path f : files) {
            validateOne(f, rb, throwUnreadable);
        }
        return rb.build();
    }

    /** Validates one file into the report; an unreadable file throws or becomes a finding. */
    void validateOne(Path f, Report.Builder rb, boolean throwUnreadable) {
        String name = f.toString();
        try {
            if (Files.isDirectory(f)) {
                throw new IOException("a directory, not a file");
            }
            long size = Files.size(f);
            try (InputStream in = Files.newInputStream(f)) {
                run(in, name, size, f, rb);
            }
        } catch (IOException e) {
            if (throwUnreadable) {
                throw new UnreadableInputException(name, e);
            }
            unreadable(rb, name, e);
        } catch (UnreadableInputException e) {
            if (throwUnreadable) {
                throw e;
            }
            unreadable(rb, name, e);
        }
    }

    /** The {@code file.unreadable} finding of a file that could not be read, and its source entry. */
    private void unreadable(Report.Builder rb, String name, Exception e) {
        Throwable cause = e instanceof UnreadableInputException && e.getCause() != null ? e.getCause() : e;
        Emitter out = new Emitter(rb, severities, disabled, maxFindingsPerColumn, hideValues);
        out.startSource(name, null);
        if (cause instanceof NoSuchFileException) {
            out.finding(RuleIds.FILE_UNREADABLE).key("file.unreadable.not-found").at(Location.of(name)).emit();
        } else {
            String reason = cause instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : String.valueOf(cause.getMessage());
            out.finding(RuleIds.FILE_UNREADABLE).at(Location.of(name)).args(reason).emit();
        }
        rb.source(SourceInfo.of(name));
    }

    /**
     * Validates a stream (read to its end, not closed).
     *
     * @param in the input
     * @param name the logical source name used in findings; its extension decides CSV, TSV or
     *     XLSX when the content does not
     * @return the report
     * @throws UnreadableInputException if reading the stream fails
     * @throws ValidationOutOfMemoryError if the Java heap runs out (the message names the sizes and the settings)
     */
    public Report validate(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Report.Builder rb = newReport();
        try {
            run(in, name, -1, null, rb);
        } catch (IOException e) {
            throw new UnreadableInputException(name, e);
        }
        return rb.build();
    }

    private Report.Builder newReport() {
        return Report.builder().maxFindings(maxFindings).rules(rules());
    }

    private void run(InputStream raw, String name, long size, Path file, Report.Builder rb) throws IOException {
        Emitter out = new Emitter(rb, severities, disabled, maxFindingsPerColumn, hideValues, profileColumns);
        out.startSource(name, null);
        ProgressTracker progress = this.progress == null ? ProgressTracker.NONE
                : new ProgressTracker(this.progress, name, size);
        BufferedInputStream in = new BufferedInputStream(out.footprint.counting(raw), 64 * 1024);
        SourceInfo info;
        try {
            FileFormat format = FileFormat.sniff(in, name);
            if (file != null) {
                format = FileFormat.refineOle2(format, file);
            }
            switch (format) {
                case CSV -> info = CsvValidation.run(in, name, size, this, out, progress);
                case XLSX -> info = XlsxValidation.run(in, file, name, this, out, progress, out.footprint);
                default -> {
                    format.report(out, name);
                    info = SourceInfo.builder(name).build();
                }
            }
            out.endSource();
        } catch (OutOfMemoryError e) {
            // the validation of this input has unwound and its memory is free again: say what grew
            throw ValidationOutOfMemoryError.of(name, out.footprint, this, Runtime.getRuntime().maxMemory(), e);
        } catch (UnreadableInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // a bug of civicdata, not bad data: the file gets a finding, the other files of the run
            // keep their reports, and callers (the CLI exits with 3) can tell it from findings
            rb.add(Emitter.internalError(name, e));
            info = SourceInfo.builder(name).build();
        }
        rb.source(info);
    }

    Conformance newConformance() {
        return template == null ? null : new TemplateConformance(template, vocabulary, checks, maxUniqueValues,
                schema, towns);
    }

    /**
     * Configures a {@link Validator}; not thread-safe. {@link #build()} checks the whole
     * configuration.
     */
    public static final class Builder {
        private int maxFindings = DEFAULT_MAX_FINDINGS;
        private int maxFindingsPerColumn = DEFAULT_MAX_FINDINGS_PER_COLUMN;
        private int maxFieldLength = DEFAULT_MAX_FIELD_LENGTH;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private int maxColumns = DEFAULT_MAX_COLUMNS;
        private int maxUniqueValues = DEFAULT_MAX_UNIQUE_VALUES;
        private Duration xlsxPartTimeLimit = DEFAULT_XLSX_PART_TIME_LIMIT;
        private Charset encoding;
        private char delimiter;
        private boolean hideValues;
        private boolean detectTemplate = true;
        private int headerRow;
        private int threads = Runtime.getRuntime().availableProcessors();
        private long pipelineThreshold = CsvValidation.PIPELINE_THRESHOLD;
        private boolean profileColumns;
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private ProgressListener progress;
        private Vocabulary vocabulary;
        private String templateId;
        private DatasetTemplate template;
        private Path schema;
        private GeoBox area = GeoBox.JAPAN;
        private ReferencePeriod period;
        private TownMaster towns;

        private Builder() {
        }

        /**
         * Checks every file against a dataset template of the vocabulary: {@code id} for its
         * latest version or {@code id@version} ({@code aed@2021-suisho},
         * {@code public-toilet@2026-08}). Resolved by {@link #build()}.
         *
         * @param idOrIdAtVersion the template
         * @return this builder
         */
        public Builder template(String idOrIdAtVersion) {
            this.templateId = Objects.requireNonNull(idOrIdAtVersion, "template");
            this.template = null;
            this.schema = null;
            return this;
        }

        /**
         * Checks every file against this template.
         *
         * @param template the template
         * @return this builder
         */
        public Builder template(DatasetTemplate template) {
            this.template = Objects.requireNonNull(template, "template");
            this.templateId = null;
            this.schema = null;
            return this;
        }

        /**
         * Checks every file against a Frictionless Table Schema or a CSVW metadata file (read by
         * {@link #build()}): column names, order, required values, types, enumerations, patterns,
         * bounds and unique columns.
         *
         * @param file the schema file (JSON)
         * @return this builder
         */
        public Builder schema(Path file) {
            this.schema = Objects.requireNonNull(file, "file");
            this.template = null;
            this.templateId = null;
            return this;
        }

        /**
         * The vocabulary that templates are looked up in and headers matched against (default
         * {@link Vocabulary#standard()}; a city's vocabulary adds its own templates).
         *
         * @param vocabulary the vocabulary
         * @return this builder
         */
        public Builder vocabulary(Vocabulary vocabulary) {
            this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
            return this;
        }

        /**
         * The area inside which coordinates are plausible (default {@link GeoBox#JAPAN}; widen it
         * for remote islands).
         *
         * @param area the area
         * @return this builder
         */
        public Builder plausibleArea(GeoBox area) {
            this.area = Objects.requireNonNull(area, "area");
            return this;
        }

        /**
         * How many threads one CSV file of at least 4 MB may use: with 1, reading, decoding and
         * checking run on the calling thread; with 2, a second thread decodes the bytes and splits
         * the records while the calling thread checks them; with 3 or more, decoding gets a thread
         * of its own as well. The report is the same whatever the number (the checks see the
         * records in file order on one thread); smaller files and streams always use one thread,
         * where a second does not pay. Workbooks are read on the calling thread.
         *
         * @param n at least 1; default {@link Runtime#availableProcessors()}
         * @return this builder
         */
        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /** Tests only: the smallest input (bytes) read on a second thread; 0 includes streams. */
        Builder pipelineThreshold(long bytes) {
            this.pipelineThreshold = bytes;
            return this;
        }

        /**
         * An アドレス・ベース・レジストリ 町字マスター (read with {@link TownMaster#read(Path)}): with a
         * template, each row's 町字ID must be a 町字 of its 所在地_全国地方公共団体コード in the file (when the
         * file covers that municipality) and its 所在地_町字 must be that 町字's name (rule L3-06).
         *
         * @param towns the 町字, or null for none (the default)
         * @return this builder
         */
        public Builder towns(TownMaster towns) {
            this.towns = towns;
            return this;
        }

        /**
         * The day the data describe (their reference date, 基準日). A former 全国地方公共団体コード
         * (e.g. a ward abolished on 2024-01-01) is then fine when it was in effect on that day, and a
         * code that took effect later is an error. Without it (the default), data are taken to
         * describe the present: a former code is an error that names today's code.
         *
         * @param day the reference date
         * @return this builder
         */
        public Builder asOf(LocalDate day) {
            this.period = ReferencePeriod.of(Objects.requireNonNull(day, "day"));
            return this;
        }

        /**
         * The days the data describe, e.g. the temporal coverage of their metadata record
         * ({@code 2023-04-01} to {@code 2024-03-31}): a code is fine when it was in effect on at least
         * one of them. See {@link #asOf(LocalDate)}.
         *
         * @param from the first day
         * @param to the last day
         * @return this builder
         * @throws IllegalArgumentException if {@code to} is before {@code from}
         */
        public Builder referencePeriod(LocalDate from, LocalDate to) {
            this.period = new ReferencePeriod(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
            return this;
        }

        /**
         * Caps the findings kept in the report (the counts still cover all).
         *
         * @param max at least 0; default {@value #DEFAULT_MAX_FINDINGS}
         * @return this builder
         */
        public Builder maxFindings(int max) {
            this.maxFindings = max;
            return this;
        }

        /**
         * How many findings of one rule are listed per column of a source before the rest are
         * summarised in one finding (0 lists all).
         *
         * @param max at least 0; default {@value #DEFAULT_MAX_FINDINGS_PER_COLUMN}
         * @return this builder
         */
        public Builder maxFindingsPerColumn(int max) {
            this.maxFindingsPerColumn = max;
            return this;
        }

        /**
         * The longest field checked; longer fields are reported ({@code limit.field-length}) and
         * only their beginning is checked.
         *
         * @param chars at least 1; default {@value #DEFAULT_MAX_FIELD_LENGTH}
         * @return this builder
         */
        public Builder maxFieldLength(int chars) {
            this.maxFieldLength = chars;
            return this;
        }

        /**
         * The longest record (line) checked; longer records are reported
         * ({@code limit.line-length}) and only their beginning is checked.
         *
         * @param chars at least 1; default {@value #DEFAULT_MAX_LINE_LENGTH}
         * @return this builder
         */
        public Builder maxLineLength(int chars) {
            this.maxLineLength = chars;
            return this;
        }

        /**
         * The most columns checked per record; more are reported ({@code limit.columns}) and
         * counted but not checked.
         *
         * @param columns at least 1; default {@value #DEFAULT_MAX_COLUMNS}
         * @return this builder
         */
        public Builder maxColumns(int columns) {
            this.maxColumns = columns;
            return this;
        }

        /**
         * The most values remembered per column that must be unique; beyond it uniqueness is no
         * longer checked and {@code limit.unique-values} says so.
         *
         * @param values at least 1; default {@value #DEFAULT_MAX_UNIQUE_VALUES}
         * @return this builder
         */
        public Builder maxUniqueValues(int values) {
            this.maxUniqueValues = values;
            return this;
        }

        /**
         * The longest time spent reading one part of a workbook (a sheet, the shared strings, the
         * styles, a drawing …): a part that takes longer is left unread from there on and
         * {@code limit.xlsx-part-time} says so, so that no workbook keeps a run busy for ever.
         *
         * @param limit more than zero; default {@link #DEFAULT_XLSX_PART_TIME_LIMIT} (5 minutes)
         * @return this builder
         */
        public Builder xlsxPartTimeLimit(Duration limit) {
            this.xlsxPartTimeLimit = Objects.requireNonNull(limit, "limit");
            return this;
        }

        /**
         * Decodes CSV input with this charset instead of detecting it (a byte-order mark that
         * fits the charset is still skipped).
         *
         * @param charset the charset, e.g. {@code Charset.forName("windows-31j")}
         * @return this builder
         */
        public Builder encoding(Charset charset) {
            this.encoding = Objects.requireNonNull(charset, "charset");
            return this;
        }

        /**
         * The field delimiter of CSV input. By default it is detected from the first records among
         * comma, tab, semicolon and pipe (a comma when nothing is clearly better, a tab for
         * {@code .tsv}); a {@code .csv} or {@code .tsv} file read with another delimiter than its
         * name promises gets one {@code csv.delimiter} finding. A delimiter set here is used as
         * given, without that finding.
         *
         * @param delimiter the delimiter (not a quote, CR or LF)
         * @return this builder
         */
        public Builder delimiter(char delimiter) {
            this.delimiter = delimiter;
            return this;
        }

        /**
         * Leaves values and suggestions out of findings (for files with personal data).
         *
         * @param hide whether to hide them
         * @return this builder
         */
        public Builder hideValues(boolean hide) {
            this.hideValues = hide;
            return this;
        }

        /**
         * Whether to say which standard template a file most likely follows when none is given
         * (default true).
         *
         * @param detect whether to detect
         * @return this builder
         */
        public Builder detectTemplate(boolean detect) {
            this.detectTemplate = detect;
            return this;
        }

        /**
         * States which row holds the column names instead of choosing it by evidence: the record
         * that starts on (or spans) this 1-based line of a CSV file, or this row of each sheet of a
         * workbook. Rows above it are reported as title rows (L3-01); a blank row there, or an input
         * that ends before it, is reported ({@code data.header-row}). By default (0) the header row
         * is chosen by evidence and reported when rows above the data looked alike (see
         * docs/validation.md).
         *
         * @param line at least 1, or 0 to choose by evidence
         * @return this builder
         */
        public Builder headerRow(int line) {
            this.headerRow = line;
            return this;
        }

        /**
         * Whether to profile the columns of each table for the report ({@link Report#tables()}:
         * filled and blank cells, distinct values, type, smallest and largest number or most
         * frequent values, template column), as the HTML report shows them. Off by default: it
         * costs a little time per cell. With {@link #hideValues(boolean)} the profile holds no
         * values. Only the first table of a source (or sheet) with at most
         * {@value #MAX_PROFILED_COLUMNS} columns is profiled.
         *
         * @param profile whether to profile
         * @return this builder
         */
        public Builder profileColumns(boolean profile) {
            this.profileColumns = profile;
            return this;
        }

        /**
         * Changes the severity of every finding of a rule.
         *
         * @param ruleIdOrAlias a rule id or alias ({@code L1-08}, {@code 1-10}, {@code blank-row})
         * @param severity the severity
         * @return this builder
         * @throws IllegalArgumentException if no rule has that id or alias
         */
        public Builder severity(String ruleIdOrAlias, Severity severity) {
            RuleInfo r = ValidationRules.find(ruleIdOrAlias)
                    .orElseThrow(() -> new IllegalArgumentException("unknown rule: " + ruleIdOrAlias));
            severities.put(r.id(), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Turns a rule off: it is neither checked nor listed in reports. A frictionless code that
         * names one variant of a rule ({@code blank-row} of {@code L1-03}, {@code blank-label} of
         * {@code L1-05}, {@code duplicate-label} of {@code L2-03}) turns off only the findings with
         * that code; the rule's other checks stay on and it is still listed.
         *
         * @param ruleIdOrAlias a rule id or alias
         * @return this builder
         * @throws IllegalArgumentException if no rule has that id or alias
         */
        public Builder disable(String ruleIdOrAlias) {
            RuleInfo r = ValidationRules.find(ruleIdOrAlias)
                    .orElseThrow(() -> new IllegalArgumentException("unknown rule: " + ruleIdOrAlias));
            String code = ruleIdOrAlias.trim().toLowerCase(Locale.ROOT);
            if (!r.id().equalsIgnoreCase(code) && Finding.code(r.id(), r.id() + "." + code).isPresent()) {
                disabled.add(code);
            } else {
                disabled.add(r.id());
            }
            return this;
        }

        /**
         * Told how far the validation of large inputs has got.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @return the validator
         * @throws IllegalArgumentException if a limit is out of range, the delimiter is unusable,
         *     the template is unknown or the schema is not a table schema
         * @throws UnreadableInputException if the schema file cannot be read
         */
        public Validator build() {
            positive(maxFieldLength, "maxFieldLength");
            positive(maxLineLength, "maxLineLength");
            positive(maxColumns, "maxColumns");
            positive(maxUniqueValues, "maxUniqueValues");
            positive(threads, "threads");
            if (headerRow < 0) {
                throw new IllegalArgumentException("headerRow must be >= 0: " + headerRow);
            }
            if (xlsxPartTimeLimit.isNegative() || xlsxPartTimeLimit.isZero()) {
                throw new IllegalArgumentException("xlsxPartTimeLimit must be > 0: " + xlsxPartTimeLimit);
            }
            if (maxFindings < 0) {
                throw new IllegalArgumentException("maxFindings must be >= 0: " + maxFindings);
            }
            if (maxFindingsPerColumn < 0) {
                throw new IllegalArgumentException("maxFindingsPerColumn must be >= 0: " + maxFindingsPerColumn);
            }
            if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
                throw new IllegalArgumentException("unusable delimiter: " + (int) delimiter);
            }
            Vocabulary v = vocabulary != null ? vocabulary : Vocabulary.standard();
            DatasetTemplate t = template;
            TableSchemaReader.Schema s = null;
            if (templateId != null) {
                int at = templateId.indexOf('@');
                Optional<DatasetTemplate> found = at < 0 ? v.template(templateId)
                        : v.template(templateId.substring(0, at), templateId.substring(at + 1));
                t = found.orElseThrow(() -> new IllegalArgumentException("unknown template: " + templateId));
            } else if (schema != null) {
                try {
                    s = TableSchemaReader.read(schema);
                } catch (java.io.IOException e) {
                    throw new UnreadableInputException(schema.toString(), e);
                }
                t = s.template();
            }
            return new Validator(this, v, t, s);
        }

        private static void positive(int v, String name) {
            if (v < 1) {
                throw new IllegalArgumentException(name + " must be >= 1: " + v);
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Validator[maxFindings=%d, encoding=%s]", maxFindings,
                encoding == null ? "detect" : encoding.name());
    }
}
