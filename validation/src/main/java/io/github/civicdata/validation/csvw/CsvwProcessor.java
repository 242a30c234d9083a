package io.github.civicdata.validation.csvw;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.ValidationRules;
import io.github.civicdata.validation.Validator;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A CSV on the Web (CSVW) processor: validates tabular data against its metadata ("Metadata
 * Vocabulary for Tabular Data", "Model for Tabular Data and Metadata on the Web") and converts it
 * to RDF triples or JSON ("Generating RDF/JSON from Tabular Data on the Web"), in standard or
 * minimal mode. Measured on the W3C CSVW test suite (see docs/validation.md).
 *
 * <p>Metadata is located as the specification says (user-supplied metadata, a {@code Link}
 * header, the site-wide locations {@code FILE-metadata.json} and {@code csv-metadata.json}, else
 * the file's header), read through a {@link CsvwResolver}: by default local files only, never the
 * network. Problems are findings ({@code csvw.*} rules, see {@link CsvwRules}) with the JSON
 * pointer into the metadata or the row and column of the data; the processor never throws because
 * the data or the metadata is bad. A converter reports data problems as warnings and goes on, as
 * the specifications ask.
 *
 * <p>Immutable and thread-safe; each call is one independent run. Tables are streamed: memory
 * grows with the keys of primary and foreign keys, not with the rows.
 *
 * <pre>{@code
 * CsvwProcessor csvw = CsvwProcessor.builder().build();
 * CsvwResult r = csvw.validate(CsvwInput.tabular(Path.of("aed.csv")));
 * r.report().findings().forEach(f -> System.out.println(f.ruleId() + " " + f.location()));
 * csvw.toRdf(CsvwInput.metadata(Path.of("aed.csv-metadata.json")), t -> out.println(t.toNTriples()));
 * }</pre>
 */
public final class CsvwProcessor {

    /** Default cap on the findings of one rule listed per column (the rest are counted in one finding). */
    public static final int DEFAULT_MAX_FINDINGS_PER_COLUMN = 20;
    /** Default most distinct keys remembered per primary key or referenced key, and pending references. */
    public static final int DEFAULT_MAX_KEYS = 1_000_000;
    /** Default longest row, in characters. */
    public static final int DEFAULT_MAX_ROW_CHARS = 4 << 20;

    private final CsvwResolver resolver;
    private final boolean minimal;
    private final int maxFindings;
    private final int maxFindingsPerColumn;
    private final int maxKeys;
    private final int maxRowChars;
    private final Map<String, Severity> severities;
    private final Set<String> disabled;
    private final boolean hideValues;
    private final Path workingDirectory;

    private CsvwProcessor(Builder b) {
        this.resolver = b.resolver;
        this.minimal = b.minimal;
        this.maxFindings = b.maxFindings;
        this.maxFindingsPerColumn = b.maxFindingsPerColumn;
        this.maxKeys = b.maxKeys;
        this.maxRowChars = b.maxRowChars;
        this.severities = Map.copyOf(b.severities);
        this.disabled = Set.copyOf(b.disabled);
        this.hideValues = b.hideValues;
        this.workingDirectory = b.workingDirectory;
    }

    /**
     * Starts a builder: local files only, standard mode, the {@code DEFAULT_*} limits.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The rules this processor applies, with the configured severities.
     *
     * @return the rules (immutable)
     */
    public List<RuleInfo> rules() {
        return CsvwRules.all().stream().filter(r -> !disabled.contains(r.id()))
                .map(r -> severities.containsKey(r.id())
                        ? new RuleInfo(r.id(), severities.get(r.id()), r.mode(), r.aliases(), r.helpUri()) : r)
                .toList();
    }

    /**
     * Validates: data problems are errors.
     *
     * @param input where to start
     * @return the result
     */
    public CsvwResult validate(CsvwInput input) {
        return run(input, true, Annotated.NONE);
    }

    /**
     * Converts to RDF; triples go to {@code out} as they are made (rows in order). Data problems
     * are warnings; an error in the metadata stops the conversion before any triple.
     *
     * @param input where to start
     * @param out receives the triples
     * @return the result
     */
    public CsvwResult toRdf(CsvwInput input, Consumer<RdfTriple> out) {
        Objects.requireNonNull(out, "out");
        return run(input, false, new RdfOutput(out, minimal));
    }

    /**
     * Converts to JSON, written to {@code out} as rows are read (not closed). Data problems are
     * warnings; an error in the metadata stops the conversion before anything is written.
     *
     * @param input where to start
     * @param out receives the JSON document
     * @return the result
     * @throws java.io.UncheckedIOException if writing fails
     */
    public CsvwResult toJson(CsvwInput input, Writer out) {
        Objects.requireNonNull(out, "out");
        return run(input, false, new JsonOutput(out, minimal));
    }

    private CsvwResult run(CsvwInput input, boolean validating, Annotated.Sink sink) {
        Objects.requireNonNull(input, "input");
        Report.Builder rb = Report.builder().maxFindings(maxFindings).rules(rules());
        Names names = new Names(workingDirectory);
        Problems problems = new Problems(rb, validating, severities, disabled, hideValues);
        Run run = new Run(problems, resolver, names, maxFindingsPerColumn, maxKeys, maxRowChars);
        try {
            CsvwResult r = run.process(input, sink);
            return r;
        } catch (java.io.UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            // a bug of civicdata, not of the data: reported like the validator does
            String name = input.metadataUrl().or(input::tabularUrl).map(names::of).orElse("");
            ValidationRules.find(Validator.INTERNAL_ERROR).ifPresent(rb::rule);
            String where = "";
            for (StackTraceElement f : e.getStackTrace()) {
                if (f.getClassName().startsWith("io.github.civicdata.")) {
                    where = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
                            + f.getMethodName() + ":" + f.getLineNumber();
                    break;
                }
            }
            rb.add(Finding.builder(Validator.INTERNAL_ERROR, Severity.ERROR).location(Location.of(name))
                    .args(e.getClass().getName(), where).build());
            return new CsvwResult(rb.build(), 0, 0, false);
        }
    }

    /** Configures a {@link CsvwProcessor}; not thread-safe. */
    public static final class Builder {
        private CsvwResolver resolver = CsvwResolver.localFiles();
        private boolean minimal;
        private int maxFindings = Report.DEFAULT_MAX_FINDINGS;
        private int maxFindingsPerColumn = DEFAULT_MAX_FINDINGS_PER_COLUMN;
        private int maxKeys = DEFAULT_MAX_KEYS;
        private int maxRowChars = DEFAULT_MAX_ROW_CHARS;
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private boolean hideValues;
        private Path workingDirectory = Path.of("");

        private Builder() {
        }

        /**
         * Where documents come from (default {@link CsvwResolver#localFiles()}).
         *
         * @param resolver the resolver
         * @return this builder
         */
        public Builder resolver(CsvwResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * Minimal mode for conversions: only the triples or objects the cells make, without the
         * table group, tables and rows (default false: standard mode).
         *
         * @param minimal whether to convert in minimal mode
         * @return this builder
         */
        public Builder minimal(boolean minimal) {
            this.minimal = minimal;
            return this;
        }

        /**
         * @param max the most findings kept in the report, at least 0 (the counts cover all)
         * @return this builder
         */
        public Builder maxFindings(int max) {
            this.maxFindings = max;
            return this;
        }

        /**
         * @param max findings of one rule listed per column before they are summarised (0: all)
         * @return this builder
         */
        public Builder maxFindingsPerColumn(int max) {
            this.maxFindingsPerColumn = max;
            return this;
        }

        /**
         * @param max the most distinct keys remembered per key (primary or referenced) and the most
         *     foreign-key references held; beyond it the check is incomplete and a finding says so
         * @return this builder
         */
        public Builder maxKeys(int max) {
            this.maxKeys = max;
            return this;
        }

        /**
         * @param chars the longest row read; a longer one ends the table with a {@code csvw.csv} finding
         * @return this builder
         */
        public Builder maxRowChars(int chars) {
            this.maxRowChars = chars;
            return this;
        }

        /**
         * Changes the severity of a rule's findings.
         *
         * @param rule a {@code csvw.*} rule id
         * @param severity the severity
         * @return this builder
         * @throws IllegalArgumentException if there is no such rule
         */
        public Builder severity(String rule, Severity severity) {
            RuleInfo r = CsvwRules.find(rule).orElseThrow(() -> new IllegalArgumentException("unknown rule: " + rule));
            severities.put(r.id(), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Turns a rule off: its findings are dropped.
         *
         * @param rule a {@code csvw.*} rule id
         * @return this builder
         * @throws IllegalArgumentException if there is no such rule
         */
        public Builder disable(String rule) {
            RuleInfo r = CsvwRules.find(rule).orElseThrow(() -> new IllegalArgumentException("unknown rule: " + rule));
            disabled.add(r.id());
            return this;
        }

        /**
         * @param hide leave cell values out of findings (personal data)
         * @return this builder
         */
        public Builder hideValues(boolean hide) {
            this.hideValues = hide;
            return this;
        }

        /**
         * Local files below this folder are named relative to it in findings (default: the
         * current folder).
         *
         * @param dir the folder
         * @return this builder
         */
        public Builder workingDirectory(Path dir) {
            this.workingDirectory = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /**
         * @return the processor
         * @throws IllegalArgumentException if a limit is out of range
         */
        public CsvwProcessor build() {
            if (maxFindings < 0 || maxFindingsPerColumn < 0) {
                throw new IllegalArgumentException("finding limits must be >= 0");
            }
            if (maxKeys < 1 || maxRowChars < 1) {
                throw new IllegalArgumentException("maxKeys and maxRowChars must be >= 1");
            }
            return new CsvwProcessor(this);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CsvwProcessor[minimal=%s]", minimal);
    }
}
