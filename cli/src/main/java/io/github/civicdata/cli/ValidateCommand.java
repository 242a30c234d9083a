package io.github.civicdata.cli;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.InputFiles;
import io.github.civicdata.validation.ProgressListener;
import io.github.civicdata.validation.UnreadableInputException;
import io.github.civicdata.validation.ValidationRules;
import io.github.civicdata.validation.ValidationOutOfMemoryError;
import io.github.civicdata.validation.Validator;
import io.github.civicdata.vocab.VocabularyException;
import io.github.civicdata.vocab.address.TownMaster;
import io.github.civicdata.vocab.code.ReferencePeriod;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civicdata validate <file|dir|pattern>...}: checks CSV/TSV/XLSX files against the
 * machine-readability rules and, optionally, a standard dataset template or a table schema; writes
 * one combined report and exits with 0 (conforms), 1 (findings at or above {@code --fail-on}), 2
 * (usage) or 3 (no input could be read, out of memory, or an internal error on one of the files:
 * the report of all files is still written). Directories and quoted glob patterns are expanded by
 * {@link InputFiles}; a file that cannot be read, or a pattern that matches nothing, is a
 * {@code file.unreadable} finding and the other files are validated.
 */
@Command(name = "validate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Validate CSV/TSV/XLSX files against the machine-readability rules (L1-01 … L3-09) "
                + "and optionally a dataset template.",
            "CSV/TSV/XLSX ファイルを機械判読性のルール（L1-01〜L3-09）と、指定があればデータセットのテンプレートで検証します。"},
        footer = {"", "An input that cannot be read, or a directory or pattern that matches no file, is a file.unreadable "
                + "finding; the other inputs are still validated.",
            "Exit codes: 0 conforms, 1 findings at or above --fail-on, 2 usage error, 3 no input could be read, "
                + "out of memory or internal error."})
final class ValidateCommand implements Callable<Integer> {

    /** Inputs larger than this get a progress line on a terminal ({@code --progress auto}). */
    static final long PROGRESS_THRESHOLD = 32L << 20;

    /** When to show progress on standard error. */
    enum Progress {
        /** On a terminal, for inputs of at least {@link #PROGRESS_THRESHOLD} bytes. */
        AUTO,
        /** Always: an updating line on a terminal, else a line per tenth of each file. */
        ALWAYS,
        /** Never. */
        NEVER
    }

    /** Whether standard error is a terminal; tests replace it, nothing else does. */
    static volatile BooleanSupplier stderrTerminal = Terminal::stderrIsTerminal;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = {"Files, directories (searched recursively for .csv, .tsv, .txt and .xlsx files) or quoted "
                    + "glob patterns such as 'data/**/*.csv' to validate (one combined report)."})
    private List<String> inputs = new ArrayList<>();

    /** The files the inputs expanded to. */
    private List<Path> files = List.of();

    @Option(names = "--template", paramLabel = "ID[@VERSION]",
            description = "Check conformance to a standard dataset template, e.g. aed@2021-suisho or public-toilet "
                    + "(latest version); see 'civicdata templates'.")
    private String template;

    @Option(names = "--as-of", paramLabel = "DATE[/DATE]",
            description = {"The day (YYYY-MM-DD) or period (YYYY-MM-DD/YYYY-MM-DD) the data describe: an old local "
                    + "government code in effect then is fine, a code that took effect later is an error. Default: the "
                    + "present (old codes are errors naming today's code)."})
    private String asOf;

    @Option(names = "--metadata", paramLabel = "RECORD.json",
            description = {"The dataset's metadata record (JSON): its temporal coverage is the period the data describe "
                    + "(as --as-of; an open end runs to today, an open start is the end day). --as-of wins when both "
                    + "are given."})
    private Path metadata;

    @Option(names = "--towns", paramLabel = "FILE",
            description = {"An アドレス・ベース・レジストリ 町字マスター file (mt_town_all.csv or mt_town_prefNN.csv): with "
                    + "--template, each row's 町字ID must be a 町字 of its code and its 所在地_町字 that 町字's name."})
    private Path towns;

    @Option(names = "--schema", paramLabel = "FILE",
            description = "Check conformance to a Frictionless Table Schema or CSVW metadata file (JSON); CSVW metadata "
                    + "is applied with CSVW semantics (its dialect, datatypes, keys; csvw.* rules).")
    private Path schema;

    @Option(names = "--rules", paramLabel = "SET", defaultValue = "all",
            description = "Which machine-readability rules to apply: all, or none (only the schema or template; for pure "
                    + "CSVW validation) (default: ${DEFAULT-VALUE}).")
    private String rules = "all";

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Character encoding of CSV input (default: detected; e.g. UTF-8, Shift_JIS, windows-31j, EUC-JP).")
    private String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Field delimiter of CSV input: a character, or 'tab' (default: detected from the first rows "
                    + "among comma, tab, semicolon and pipe; comma when unclear, tab for .tsv).")
    private String delimiter;

    @Option(names = "--header-row", paramLabel = "N",
            description = "The line (CSV) or row (each sheet) that holds the column names (default: chosen by "
                    + "evidence, and reported when rows above the data look alike).")
    private Integer headerRow;

    @Mixin
    private ReportOptions report;

    @Option(names = "--max-per-column", paramLabel = "N",
            description = "List at most N findings of one rule per column, then summarise (0: all; default: "
                    + Validator.DEFAULT_MAX_FINDINGS_PER_COLUMN + ").")
    private int maxPerColumn = Validator.DEFAULT_MAX_FINDINGS_PER_COLUMN;

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
            description = "Change a rule's severity (error, warning, info); repeatable, e.g. --severity L1-08=warning.")
    private List<String> severities = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", description = "Do not check a rule; repeatable.")
    private List<String> disabled = new ArrayList<>();

    @Option(names = "--hide-values", description = "Leave cell values and suggestions out of the report (personal data).")
    private boolean hideValues;

    @Option(names = "--no-detect-template", negatable = false,
            description = "Do not say which standard template the file most likely follows.")
    private boolean noDetect;

    @Option(names = "--max-field-length", paramLabel = "CHARS",
            description = "Longest field checked (default: " + Validator.DEFAULT_MAX_FIELD_LENGTH + ").")
    private int maxFieldLength = Validator.DEFAULT_MAX_FIELD_LENGTH;

    @Option(names = "--max-line-length", paramLabel = "CHARS",
            description = "Longest record checked (default: " + Validator.DEFAULT_MAX_LINE_LENGTH + ").")
    private int maxLineLength = Validator.DEFAULT_MAX_LINE_LENGTH;

    @Option(names = "--max-columns", paramLabel = "N",
            description = "Most columns checked per record (default: " + Validator.DEFAULT_MAX_COLUMNS + ").")
    private int maxColumns = Validator.DEFAULT_MAX_COLUMNS;

    @Option(names = "--max-unique-values", paramLabel = "N",
            description = "Most values remembered per unique column (default: " + Validator.DEFAULT_MAX_UNIQUE_VALUES + ").")
    private int maxUniqueValues = Validator.DEFAULT_MAX_UNIQUE_VALUES;

    @Option(names = "--xlsx-part-time-limit", paramLabel = "SECONDS",
            description = "Longest time spent reading one part of a workbook (a sheet, the shared strings …) "
                    + "(default: ${DEFAULT-VALUE}).")
    private int xlsxPartTimeLimit = (int) Validator.DEFAULT_XLSX_PART_TIME_LIMIT.toSeconds();

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for one CSV file of 4 MB or more: 1 reads and checks on one thread, 2 decodes and "
                    + "splits records on a second thread while the first checks them (default: the number of "
                    + "processors). The report is the same whatever N.")
    private Integer threads;

    @Option(names = "--progress", paramLabel = "WHEN",
            description = "Progress on standard error: auto (on a terminal, for files of 32 MB or more), always, "
                    + "never (default: auto).")
    private Progress progress = Progress.AUTO;

    @Override
    public Integer call() {
        report.newBuilder(); // checks --max-findings
        InputFiles.Expanded expanded = InputFiles.expand(Path.of(""), inputs);
        files = expanded.files();
        boolean csvw = schema != null && CsvwCli.isCsvwMetadata(schema);
        Validator validator = validator(csvw);
        io.github.civicdata.validation.csvw.CsvwProcessor csvwProcessor = csvw
                ? CsvwCli.processor(csvwSeverities, csvwDisabled, report.maxFindings, hideValues).build() : null;
        boolean noRules = rules.equals("none");
        Report r;
        PrintWriter err = err();
        try {
            r = validateWithinMemory(() -> csvw
                    ? CsvwSchemaValidation.validate(files, schema, noRules ? null : validator, csvwProcessor,
                            report.maxFindings)
                    : validator.validate(files), maxUniqueValues);
        } finally {
            if (progressShown) {
                err.println();
            }
        }
        r = withUnmatched(r, expanded.unmatched(), validator, report.maxFindings);
        long readable = 0;
        for (Path f : files) {
            if (Files.isRegularFile(f) && Files.isReadable(f)) {
                readable++;
            } else if (!Files.exists(f)) {
                err.println(CliMessages.bilingual("cli.file-not-found", f));
            } else {
                err.println(CliMessages.bilingual("cli.file-unreadable", f,
                        Files.isDirectory(f) ? "directory" : "permission"));
            }
        }
        for (String pattern : expanded.unmatched()) {
            err.println(CliMessages.bilingual("cli.no-match", pattern));
        }
        int code = report.emit(r, outStream());
        report.summarizeIfFile(r, err);
        if (readable == 0) {
            // nothing could be read: the report (of unreadable inputs) is written all the same
            return ExitCode.ERROR;
        }
        return withInternalErrors(code, r, err);
    }

    /**
     * Adds a {@code file.unreadable} finding for each directory or pattern that matched no file,
     * at the rule's configured severity (none when the rule is disabled).
     */
    static Report withUnmatched(Report r, List<String> unmatched, Validator validator, int maxFindings) {
        if (unmatched.isEmpty()) {
            return r;
        }
        Optional<io.github.civicdata.core.RuleInfo> rule = validator.rules().stream()
                .filter(x -> x.id().equals(UNREADABLE)).findFirst();
        Report.Builder b = Report.builder().maxFindings(maxFindings)
                .merge(r);
        for (String pattern : unmatched) {
            b.source(io.github.civicdata.core.SourceInfo.of(pattern));
            rule.ifPresent(x -> b.add(io.github.civicdata.core.Finding.builder(UNREADABLE, x.severity())
                    .location(io.github.civicdata.core.Location.of(pattern)).messageKey(UNREADABLE + ".no-match")
                    .build()));
        }
        return b.build();
    }

    private static final String UNREADABLE = "file.unreadable";

    /**
     * Runs the validation; running out of heap ends with exit 3 and a message naming the settings
     * that bound memory ({@code --max-unique-values}, {@code -Xmx}) instead of a stack trace. The
     * heap is free again once the validation has unwound, so the message can be printed.
     */
    static Report validateWithinMemory(Supplier<Report> validation, int maxUniqueValues) {
        try {
            return validation.get();
        } catch (ValidationOutOfMemoryError e) { // names the sizes read and the structure that grew
            throw new UserException(ExitCode.ERROR, e.text());
        } catch (OutOfMemoryError e) {
            long heapMb = Runtime.getRuntime().maxMemory() >> 20;
            throw new UserException(ExitCode.ERROR, CliMessages.localize("validate.out-of-memory", heapMb,
                    maxUniqueValues, Validator.DEFAULT_MAX_UNIQUE_VALUES));
        }
    }

    /**
     * The exit code once the report is written: 3 when a file hit an internal error
     * ({@link Validator#INTERNAL_ERROR}; the report of the other files is complete), else the code
     * from the findings.
     */
    static int withInternalErrors(int code, Report r, PrintWriter err) {
        long internal = r.countsByRule().getOrDefault(Validator.INTERNAL_ERROR, 0L);
        if (internal == 0) {
            return code;
        }
        err.println(CliMessages.bilingual("validate.internal-error", internal));
        return ExitCode.ERROR;
    }

    private java.io.OutputStream outStream() {
        return new PrintWriterStream(out());
    }

    /** Standard output and error when {@link ValidateArgs} parsed the command line; null when picocli did. */
    private PrintWriter out;
    private PrintWriter err;

    /** Standard output: picocli's, or the one given to {@link #streams}. */
    private PrintWriter out() {
        return out != null ? out : spec.commandLine().getOut();
    }

    /** Standard error: picocli's, or the one given to {@link #streams}. */
    private PrintWriter err() {
        return err != null ? err : spec.commandLine().getErr();
    }

    /**
     * The streams of a run without picocli ({@link ValidateArgs}): what picocli's command line would
     * hand the command (the same writers {@link Main} gives picocli).
     */
    void streams(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Sets one option as picocli would (the field its annotation names), for {@link ValidateArgs};
     * the value is already converted to the field's type. {@code ValidateArgsTest} checks that every
     * option of picocli's model of this command is set here.
     *
     * @param name the option's longest name
     * @param value the converted value (for {@code --severity} and {@code --disable}: one element)
     * @throws IllegalArgumentException for a name that is not an option of this command
     */
    void option(String name, Object value) {
        if (report == null) {
            report = new ReportOptions(); // what picocli's factory makes for the mixin
        }
        switch (name) {
            case "--template" -> template = (String) value;
            case "--as-of" -> asOf = (String) value;
            case "--metadata" -> metadata = (Path) value;
            case "--towns" -> towns = (Path) value;
            case "--schema" -> schema = (Path) value;
            case "--rules" -> rules = (String) value;
            case "--encoding" -> encoding = (String) value;
            case "--delimiter" -> delimiter = (String) value;
            case "--header-row" -> headerRow = (Integer) value;
            case "--format" -> report.format = (io.github.civicdata.core.report.ReportFormat) value;
            case "--output" -> report.output = (Path) value;
            case "--fail-on" -> report.failOn = (ReportOptions.FailOn) value;
            case "--lang" -> report.lang = (ReportOptions.Lang) value;
            case "--max-findings" -> report.maxFindings = (Integer) value;
            case "--max-per-column" -> maxPerColumn = (Integer) value;
            case "--severity" -> severities.add((String) value);
            case "--disable" -> disabled.add((String) value);
            case "--hide-values" -> hideValues = (Boolean) value;
            case "--no-detect-template" -> noDetect = (Boolean) value;
            case "--max-field-length" -> maxFieldLength = (Integer) value;
            case "--max-line-length" -> maxLineLength = (Integer) value;
            case "--max-columns" -> maxColumns = (Integer) value;
            case "--max-unique-values" -> maxUniqueValues = (Integer) value;
            case "--xlsx-part-time-limit" -> xlsxPartTimeLimit = (Integer) value;
            case "--threads" -> threads = (Integer) value;
            case "--progress" -> progress = (Progress) value;
            default -> throw new IllegalArgumentException("not an option of validate: " + name);
        }
    }

    /** The positional arguments, for {@link ValidateArgs}: the files, directories and patterns. */
    void inputs(List<String> inputs) {
        if (report == null) {
            report = new ReportOptions();
        }
        this.inputs = new ArrayList<>(inputs);
    }

    private boolean progressShown;

    /** {@code --severity} and {@code --disable} of csvw.* rules, for a CSVW schema. */
    private final List<String> csvwSeverities = new ArrayList<>();
    private final List<String> csvwDisabled = new ArrayList<>();

    /** {@code --metadata}: the record's temporal coverage as the reference period, said on standard error. */
    private void referencePeriodOfRecord(Validator.Builder b) {
        io.github.civicdata.metadata.DatasetRecord record = CertifyCli.readRecord(metadata);
        PrintWriter err = err();
        if (asOf != null) {
            err.println(CliMessages.bilingual("validate.record-period-ignored", metadata, asOf));
        } else if (record.temporal().isEmpty()) {
            err.println(CliMessages.bilingual("validate.record-no-period", metadata));
        } else {
            ReferencePeriod p = RecordPeriod.of(record.temporal().get(), java.time.LocalDate.now());
            b.referencePeriod(p.from(), p.to());
            err.println(CliMessages.bilingual("validate.record-period", p.toString(), metadata));
        }
    }

    private Validator validator(boolean csvw) {
        if (!rules.equals("all") && !rules.equals("none")) {
            throw UserException.usage("validate.bad-rules", rules);
        }
        Validator.Builder b = Validator.builder()
                .maxFindings(report.maxFindings)
                .maxFindingsPerColumn(nonNegative("--max-per-column", maxPerColumn))
                .maxFieldLength(positive("--max-field-length", maxFieldLength))
                .maxLineLength(positive("--max-line-length", maxLineLength))
                .maxColumns(positive("--max-columns", maxColumns))
                .maxUniqueValues(positive("--max-unique-values", maxUniqueValues))
                .xlsxPartTimeLimit(java.time.Duration.ofSeconds(positive("--xlsx-part-time-limit", xlsxPartTimeLimit)))
                .hideValues(hideValues)
                .detectTemplate(!noDetect)
                .profileColumns(report.format == io.github.civicdata.core.report.ReportFormat.HTML);
        if (threads != null) {
            b.threads(positive("--threads", threads));
        }
        if (headerRow != null) {
            b.headerRow(positive("--header-row", headerRow));
        }
        if (template != null && schema != null) {
            throw UserException.usage("validate.template-and-schema");
        }
        if (towns != null) {
            if (!Files.isReadable(towns)) {
                throw UserException.unreadable("cli.file-not-found", towns);
            }
            try {
                b.towns(TownMaster.read(towns));
            } catch (VocabularyException e) {
                // the reader's own message names the file, line and problem; say which option it came from
                io.github.civicdata.core.LocalizedText t = e.text();
                io.github.civicdata.core.LocalizedText head = CliMessages.localize("validate.bad-towns");
                throw new UserException(ExitCode.USAGE, new io.github.civicdata.core.LocalizedText(
                        head.ja() + t.ja(), head.en() + t.en()));
            }
        }
        if (asOf != null) {
            ReferencePeriod p = ReferencePeriod.parse(asOf)
                    .orElseThrow(() -> UserException.usage("validate.bad-as-of", asOf));
            b.referencePeriod(p.from(), p.to());
        }
        if (metadata != null) {
            referencePeriodOfRecord(b);
        }
        if (template != null) {
            b.template(template);
        }
        if (schema != null) {
            if (!Files.isReadable(schema)) {
                throw UserException.unreadable("cli.file-not-found", schema);
            }
            if (!csvw) {
                b.schema(schema);
            }
        }
        if (rules.equals("none") && !csvw) {
            ValidationRules.official().forEach(x -> b.disable(x.id()));
        }
        if (encoding != null) {
            try {
                b.encoding(Charset.forName(encoding));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw UserException.usage("validate.unknown-encoding", encoding);
            }
        }
        if (delimiter != null) {
            String d = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
            if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n' || d.charAt(0) == '\r') {
                throw UserException.usage("validate.bad-delimiter", delimiter);
            }
            b.delimiter(d.charAt(0));
        }
        for (String s : severities) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw UserException.usage("validate.bad-severity", s);
            }
            String rule = s.substring(0, eq).trim();
            Severity sev = Severity.parse(s.substring(eq + 1))
                    .orElseThrow(() -> UserException.usage("validate.bad-severity", s));
            if (csvw && CsvwCli.csvwRule(rule).isPresent()) {
                csvwSeverities.add(s);
                continue;
            }
            if (ValidationRules.find(rule).isEmpty()) {
                throw UserException.usage("validate.unknown-rule", rule);
            }
            b.severity(rule, sev);
        }
        for (String d : disabled) {
            if (csvw && CsvwCli.csvwRule(d).isPresent()) {
                csvwDisabled.add(d);
                continue;
            }
            if (ValidationRules.find(d).isEmpty()) {
                throw UserException.usage("validate.unknown-rule", d);
            }
            b.disable(d);
        }
        progressListener().ifPresent(b::progress);
        try {
            return b.build();
        } catch (UnreadableInputException e) {
            throw UserException.unreadable("cli.file-unreadable", e.source(),
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        } catch (IllegalArgumentException e) {
            if (template != null && e.getMessage() != null && e.getMessage().startsWith("unknown template")) {
                throw UserException.usage("validate.unknown-template", template);
            }
            if (schema != null) {
                throw UserException.usage("validate.bad-schema", schema, e.getMessage());
            }
            throw UserException.usage("validate.bad-option", e.getMessage());
        }
    }

    /**
     * The progress line: {@code \r}-updated on a terminal only; with {@code --progress always} and
     * standard error redirected, one plain line per tenth of a file instead.
     */
    private Optional<ProgressListener> progressListener() {
        if (progress == Progress.NEVER) {
            return Optional.empty();
        }
        boolean terminal = stderrTerminal.getAsBoolean();
        if (progress == Progress.AUTO) {
            long largest = 0;
            for (Path f : files) {
                try {
                    largest = Math.max(largest, Files.size(f));
                } catch (java.io.IOException e) {
                    // reported when the file is read
                }
            }
            if (!terminal || largest < PROGRESS_THRESHOLD) {
                return Optional.empty();
            }
        }
        PrintWriter err = err();
        if (terminal) {
            return Optional.of((source, done, size) -> {
                progressShown = true;
                err.print('\r');
                err.print(progressText(source, done, size));
                err.flush();
            });
        }
        Map<String, Long> shownTenth = new HashMap<>();
        return Optional.of((source, done, size) -> {
            long tenth = size > 0 ? done * 10 / size : done >> 27;
            Long last = shownTenth.put(source, tenth);
            if (last == null || last != tenth) {
                err.println(progressText(source, done, size));
                err.flush();
            }
        });
    }

    static String progressText(String source, long done, long size) {
        return size > 0
                ? String.format(Locale.ROOT, "%s: %d%% (%d / %d MB)", source, done * 100 / size, done >> 20, size >> 20)
                : String.format(Locale.ROOT, "%s: %d MB", source, done >> 20);
    }

    private static int positive(String option, int v) {
        if (v < 1) {
            throw UserException.usage("validate.not-positive", option, v);
        }
        return v;
    }

    private static int nonNegative(String option, int v) {
        if (v < 0) {
            throw UserException.usage("validate.negative", option, v);
        }
        return v;
    }
}
