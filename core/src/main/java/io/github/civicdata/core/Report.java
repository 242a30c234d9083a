package io.github.civicdata.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of a check: the findings in the order they were made, the sources that were read, the
 * rules that were applied, counts per severity and per rule, and whether the list of findings was
 * truncated by a max-findings limit.
 *
 * <p>Counts always cover every finding made, including those left out of {@link #findings()}
 * because the limit was reached, so {@link #conforms(Severity)} is exact even for a truncated
 * report. Beside the number of findings, a report counts the distinct table rows and cells the
 * findings point at ({@link #rows(Severity)}, {@link #cells(Severity)}), including the cells that a
 * summarising finding stands for ({@link Builder#countAffected(Severity, Location)}): "24 errors in
 * 290,260 cells" when 24 findings summarise a column each.
 *
 * <p>Immutable and thread-safe once built. The {@link Builder} is not thread-safe.
 *
 * <pre>{@code
 * Report report = Report.builder().maxFindings(1000)
 *         .source(SourceInfo.of("aed.csv"))
 *         .add(finding)
 *         .build();
 * if (!report.conforms(Severity.ERROR)) { ... }
 * }</pre>
 */
public final class Report {

    /** Default cap on the number of findings kept in a report. */
    public static final int DEFAULT_MAX_FINDINGS = 1000;

    private final List<SourceInfo> sources;
    private final List<Finding> findings;
    private final List<RuleInfo> rules;
    private final boolean truncated;
    private final Map<Severity, Long> counts;
    private final Map<String, Long> countsByRule;
    private final Map<Severity, Long> cells;
    private final Map<Severity, Long> rows;
    private final long cellsAny;
    private final long rowsAny;
    private final Map<String, Long> cellsByRule;
    private final Map<String, long[]> ruleSeverityCounts;
    private final List<TableSummary> tables;

    private Report(Builder b) {
        this.sources = List.copyOf(b.sources.values());
        this.findings = List.copyOf(b.findings);
        this.rules = List.copyOf(b.rules.values());
        this.truncated = b.truncated;
        EnumMap<Severity, Long> c = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            c.put(s, b.counts.getOrDefault(s, 0L));
        }
        this.counts = Collections.unmodifiableMap(c);
        this.countsByRule = Collections.unmodifiableMap(new TreeMap<>(b.countsByRule));
        EnumMap<Severity, Long> ce = new EnumMap<>(Severity.class);
        EnumMap<Severity, Long> ro = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            AffectedCounter a = b.affected.get(s);
            ce.put(s, b.mergedCells.getOrDefault(s, 0L) + (a == null ? 0 : a.cells()));
            ro.put(s, b.mergedRows.getOrDefault(s, 0L) + (a == null ? 0 : a.rows()));
        }
        this.cells = Collections.unmodifiableMap(ce);
        this.rows = Collections.unmodifiableMap(ro);
        this.cellsAny = b.mergedCellsAny + b.affectedAny.cells();
        this.rowsAny = b.mergedRowsAny + b.affectedAny.rows();
        TreeMap<String, Long> byRule = new TreeMap<>(b.mergedCellsByRule);
        b.affectedByRule.forEach((rule, a) -> byRule.merge(rule, a.cells(), Long::sum));
        this.cellsByRule = Collections.unmodifiableMap(byRule);
        this.tables = List.copyOf(b.tables);
        Map<String, long[]> rs = new TreeMap<>();
        b.ruleSeverityCounts.forEach((r, n) -> rs.put(r, n.clone()));
        this.ruleSeverityCounts = Collections.unmodifiableMap(rs);
    }

    /**
     * An empty report (no sources, no findings).
     *
     * @return the report
     */
    public static Report empty() {
        return builder().build();
    }

    /**
     * @return a new builder with the default findings limit
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the sources read, in order
     */
    public List<SourceInfo> sources() {
        return sources;
    }

    /**
     * @return the findings kept, in the order they were made
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * @return the rules applied (automatic and manual), in the order they were declared
     */
    public List<RuleInfo> rules() {
        return rules;
    }

    /**
     * @return whether findings were left out because the max-findings limit was reached
     */
    public boolean truncated() {
        return truncated;
    }

    /**
     * @return the number of findings per severity (every severity present, possibly 0)
     */
    public Map<Severity, Long> counts() {
        return counts;
    }

    /**
     * @param severity a severity
     * @return the number of findings of that severity
     */
    public long count(Severity severity) {
        return counts.get(severity);
    }

    /**
     * The number of distinct table cells (row and column) that findings of a severity point at,
     * including those of findings left out of the report (max-findings) and the cells a summarising
     * finding stands for. Findings about a whole file, row or column are not cells.
     *
     * @param severity a severity
     * @return the number of cells
     */
    public long cells(Severity severity) {
        return cells.get(severity);
    }

    /**
     * The number of distinct data rows that findings of a severity point at (cells or whole rows),
     * counted like {@link #cells(Severity)}.
     *
     * @param severity a severity
     * @return the number of rows
     */
    public long rows(Severity severity) {
        return rows.get(severity);
    }

    /**
     * @return the number of distinct cells that findings of any severity point at
     */
    public long cells() {
        return cellsAny;
    }

    /**
     * @return the number of distinct data rows that findings of any severity point at
     */
    public long rows() {
        return rowsAny;
    }

    /**
     * The number of findings of one rule at one severity (a rule's variants may have other
     * severities than the rule), including findings left out by the max-findings limit.
     *
     * @param ruleId the rule id
     * @param severity the severity
     * @return the number of findings
     */
    public long count(String ruleId, Severity severity) {
        long[] c = ruleSeverityCounts.get(ruleId);
        return c == null ? 0 : c[severity.ordinal()];
    }

    /**
     * The number of distinct cells that the findings of each rule point at (counted like
     * {@link #cells(Severity)}), for rules with at least one finding in a cell; sorted by id.
     *
     * @return the cells per rule id
     */
    public Map<String, Long> cellsByRule() {
        return cellsByRule;
    }

    /**
     * The column profiles of the tables read, when the check made them (see the validator's
     * {@code profileColumns} option); empty otherwise.
     *
     * @return the tables, in the order they were read
     */
    public List<TableSummary> tables() {
        return tables;
    }

    /**
     * @return the number of findings per rule id, sorted by id
     */
    public Map<String, Long> countsByRule() {
        return countsByRule;
    }

    /**
     * @return the total number of findings made (including any truncated away)
     */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Whether the report holds no finding at or above {@code failOn}.
     *
     * @param failOn the threshold
     * @return {@code true} if nothing at or above the threshold was found
     */
    public boolean conforms(Severity failOn) {
        Objects.requireNonNull(failOn, "failOn");
        for (Map.Entry<Severity, Long> e : counts.entrySet()) {
            if (e.getKey().isAtLeast(failOn) && e.getValue() > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return {@code conforms(Severity.ERROR)}
     */
    public boolean conforms() {
        return conforms(Severity.ERROR);
    }

    /** Collects findings into a {@link Report}; not thread-safe. */
    public static final class Builder {
        private int maxFindings = DEFAULT_MAX_FINDINGS;
        private final Map<String, SourceInfo> sources = new LinkedHashMap<>();
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, RuleInfo> rules = new LinkedHashMap<>();
        private boolean truncated;
        private final Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        private final Map<String, Long> countsByRule = new LinkedHashMap<>();
        private final Map<Severity, AffectedCounter> affected = new EnumMap<>(Severity.class);
        private final AffectedCounter affectedAny = new AffectedCounter();
        private final Map<Severity, Long> mergedCells = new EnumMap<>(Severity.class);
        private final Map<Severity, Long> mergedRows = new EnumMap<>(Severity.class);
        private long mergedCellsAny;
        private long mergedRowsAny;
        private final Map<String, AffectedCounter> affectedByRule = new LinkedHashMap<>();
        private final Map<String, Long> mergedCellsByRule = new LinkedHashMap<>();
        private final List<TableSummary> tables = new ArrayList<>();
        private final Map<String, long[]> ruleSeverityCounts = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Caps the number of findings kept; later findings are counted but not kept, and the
         * report is marked truncated.
         *
         * @param maxFindings the cap, at least 0
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxFindings(int maxFindings) {
            if (maxFindings < 0) {
                throw new IllegalArgumentException("maxFindings must be >= 0: " + maxFindings);
            }
            this.maxFindings = maxFindings;
            return this;
        }

        /**
         * Adds or replaces (by name) a source.
         *
         * @param source the source
         * @return this builder
         */
        public Builder source(SourceInfo source) {
            sources.put(source.name(), Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Declares a rule as applied (first declaration of an id wins).
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder rule(RuleInfo rule) {
            rules.putIfAbsent(rule.id(), Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Declares several rules as applied.
         *
         * @param all the rules
         * @return this builder
         */
        public Builder rules(Iterable<RuleInfo> all) {
            for (RuleInfo r : all) { // a loop: a method reference spins a class at its first use, on every start
                rule(r);
            }
            return this;
        }

        /**
         * Adds a finding: counted always, kept while under the limit.
         *
         * @param finding the finding
         * @return this builder
         */
        public Builder add(Finding finding) {
            Objects.requireNonNull(finding, "finding");
            counts.merge(finding.severity(), 1L, Long::sum);
            countsByRule.merge(finding.ruleId(), 1L, Long::sum);
            ruleSeverityCounts.computeIfAbsent(finding.ruleId(), r -> new long[Severity.values().length])
                    [finding.severity().ordinal()]++;
            countAffected(finding.ruleId(), finding.severity(), finding.location());
            keep(finding);
            return this;
        }

        /**
         * Counts the row (and cell) at {@code location} as affected by a finding that is not
         * added itself because another finding summarises it ("12 more in this column"); a
         * location without a row is ignored. Does not change the number of findings.
         *
         * <p>Rows and cells are counted once however many findings point at them, per source and
         * sheet, with memory bounded independently of the number of rows; a finding that arrives
         * more than 1,024 rows behind the furthest row of its source already counted is counted as
         * a new row (the counts can only be too high then, never too low).
         *
         * @param severity the severity of the left-out finding
         * @param location its location
         * @return this builder
         */
        public Builder countAffected(Severity severity, Location location) {
            return countAffected(null, severity, location);
        }

        /**
         * Counts the row (and cell) at {@code location} as affected by a left-out finding of
         * {@code ruleId}, as {@link #countAffected(Severity, Location)} does, also for the rule's
         * own count ({@link Report#cellsByRule()}).
         *
         * @param ruleId the rule of the left-out finding, or null when it is not known
         * @param severity the severity of the left-out finding
         * @param location its location
         * @return this builder
         */
        public Builder countAffected(String ruleId, Severity severity, Location location) {
            Objects.requireNonNull(severity, "severity");
            if (location.row().isEmpty()) {
                return this;
            }
            long row = location.row().getAsLong();
            int column = location.column().orElse(0);
            String sheet = location.sheet().orElse("");
            affected.computeIfAbsent(severity, s -> new AffectedCounter()).count(location.source(), sheet, row, column);
            affectedAny.count(location.source(), sheet, row, column);
            if (ruleId != null && column > 0) {
                affectedByRule.computeIfAbsent(ruleId, r -> new AffectedCounter())
                        .count(location.source(), sheet, row, column);
            }
            return this;
        }

        /**
         * Adds the column profile of a table.
         *
         * @param table the table's profile
         * @return this builder
         */
        public Builder table(TableSummary table) {
            tables.add(Objects.requireNonNull(table, "table"));
            return this;
        }

        /**
         * Adds every finding of a list.
         *
         * @param all the findings
         * @return this builder
         */
        public Builder addAll(Iterable<Finding> all) {
            all.forEach(this::add);
            return this;
        }

        /**
         * Merges another report: its sources, rules, kept findings (under this builder's limit),
         * column profiles and its counts (which include findings it truncated away). Its affected rows and cells
         * are added to this builder's (the reports are taken to be about different sources).
         *
         * @param other the report
         * @return this builder
         */
        public Builder merge(Report other) {
            other.sources().forEach(this::source);
            other.rules().forEach(this::rule);
            other.counts().forEach((s, n) -> counts.merge(s, n, Long::sum));
            other.countsByRule().forEach((r, n) -> countsByRule.merge(r, n, Long::sum));
            for (Severity s : Severity.values()) {
                mergedCells.merge(s, other.cells(s), Long::sum);
                mergedRows.merge(s, other.rows(s), Long::sum);
            }
            mergedCellsAny += other.cells();
            mergedRowsAny += other.rows();
            other.cellsByRule().forEach((r, n) -> mergedCellsByRule.merge(r, n, Long::sum));
            other.ruleSeverityCounts.forEach((r, c) -> {
                long[] mine = ruleSeverityCounts.computeIfAbsent(r, x -> new long[Severity.values().length]);
                for (int i = 0; i < c.length; i++) {
                    mine[i] += c[i];
                }
            });
            tables.addAll(other.tables());
            other.findings().forEach(this::keep);
            truncated |= other.truncated();
            return this;
        }

        /**
         * @return whether the limit has been reached (further findings will not be kept)
         */
        public boolean full() {
            return findings.size() >= maxFindings;
        }

        private void keep(Finding finding) {
            if (findings.size() < maxFindings) {
                findings.add(finding);
            } else {
                truncated = true;
            }
        }

        /**
         * @return the report
         */
        public Report build() {
            return new Report(this);
        }
    }
}
