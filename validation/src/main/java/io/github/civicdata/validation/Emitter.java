package io.github.civicdata.validation;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds findings for one run and hands them to the report: applies severity overrides and
 * disabled rules (and variants disabled by their frictionless code, such as {@code blank-row} of
 * {@code L1-03}), hides values when asked, and keeps repetitive cell findings short: after
 * {@code perColumnCap} findings of one rule variant (rule and message key) in one column of one
 * source, further ones are only counted and summarised by one finding (message
 * {@code validation.more}) at the end of the source. The cap is per variant so that an error is
 * never hidden behind warnings of the same rule; the summary has the severity of the most serious
 * finding it stands for and counts them by severity.
 *
 * <p>Not thread-safe.
 */
final class Emitter {

    /** Message key of the summary of findings left out by the per-column cap. */
    static final String MORE_KEY = "validation.more";

    private final Report.Builder report;
    private final Map<String, Severity> overrides;
    private final Set<String> disabled;
    private final int perColumnCap;
    private final boolean hideValues;
    /** What the run has read and holds, for the message of an out-of-memory error. */
    final Footprint footprint = new Footprint();

    private String source = "";
    private String sheet;
    private final Map<Long, Capped> caps = new LinkedHashMap<>();
    private final Map<String, Integer> variantIndex = new LinkedHashMap<>();

    private static final class Capped {
        final String rule;
        final String key;
        final int column;
        String header = "";
        int kept;
        long more;
        /** Findings left out, by severity (index: Severity.ordinal()). */
        final long[] bySeverity = new long[Severity.values().length];
        Severity severity;
        long firstLine;
        long firstRow;
        long lastRow;

        Capped(String rule, String key, int column) {
            this.rule = rule;
            this.key = key;
            this.column = column;
        }
    }

    /**
     * @param disabled the ids of disabled rules and the frictionless codes of disabled variants
     */
    Emitter(Report.Builder report, Map<String, Severity> overrides, Set<String> disabled, int perColumnCap,
            boolean hideValues) {
        this.report = report;
        this.overrides = Map.copyOf(overrides);
        this.disabled = Set.copyOf(disabled);
        this.perColumnCap = perColumnCap;
        this.hideValues = hideValues;
    }

    void startSource(String sourceName, String sheetName) {
        this.source = sourceName;
        this.sheet = sheetName;
        caps.clear();
    }

    String source() {
        return source;
    }

    /** Whether findings of {@code rule} with message {@code key} are made. */
    private boolean enabled(String rule, String key) {
        return !disabled.contains(rule)
                && (key == null || disabled.isEmpty()
                        || Finding.code(rule, key).map(c -> !disabled.contains(c)).orElse(true));
    }

    /**
     * Whether findings of {@code rule} with message {@code key} are made at the severity the rule
     * itself gives them: the rule is neither disabled nor given another severity. Only then does
     * a machine-readability finding stand in for a template or schema check of the same cell
     * ({@code --disable} and {@code --severity} change the machine-readability rule, not those
     * checks).
     */
    boolean asDefined(String rule, String key) {
        return enabled(rule, key) && !overrides.containsKey(rule);
    }

    private Severity severity(String rule, Severity variantDefault) {
        Severity o = overrides.get(rule);
        if (o != null) {
            return o;
        }
        return variantDefault != null ? variantDefault : ValidationRules.get(rule).severity();
    }

    /** A location in the current source (and sheet), to be completed. */
    Location.Builder location() {
        Location.Builder b = Location.builder(source);
        if (sheet != null) {
            b.sheet(sheet);
        }
        return b;
    }

    /**
     * A place in the current source; 0 leaves a number out, the header is given with the column.
     * {@link Draft#at(long, long, int, String)} takes the same numbers.
     */
    Location cellLocation(long line, long row, int column, String header) {
        Location.Builder b = location();
        if (line > 0) {
            b.line(line);
        }
        if (row > 0) {
            b.row(row);
        }
        if (column > 0) {
            b.column(column);
            b.header(header == null ? "" : header);
        }
        return b.build();
    }

    /**
     * Starts a finding of {@code rule}. Nothing is made, counted or allocated beyond the draft
     * until {@link Draft#make()} or {@link Draft#emit()}: call it only when a check has found
     * something, so that a clean cell costs nothing.
     *
     * <pre>{@code
     * rows.add(out.finding(RuleIds.L2_01).key("L2-01.unit").cell(line, row, col, header)
     *         .value(text).suggest("12").args("kg").make());
     * out.finding(RuleIds.CSV_EMPTY).key("csv.empty.blank").emit();
     * }</pre>
     */
    Draft finding(String rule) {
        return new Draft(rule);
    }

    /**
     * A finding being described: its rule variant ({@link #key}), its default severity, where it
     * is, the value, the suggestion and the message arguments. Without a location it is about the
     * current source (and sheet). One draft makes at most one finding.
     */
    final class Draft {
        private final String rule;
        private String key;
        private Severity variantDefault;
        private Location at;
        private long line;
        private long row;
        private int column;
        private String header;
        private boolean capped;
        private String value;
        private String suggestion;
        private Object[] args = NO_ARGS;

        private Draft(String rule) {
            this.rule = rule;
        }

        /** The message key of the rule variant (default: the rule id); also what the cap counts by. */
        Draft key(String key) {
            this.key = key;
            return this;
        }

        /**
         * The variant's own severity, where it differs from the rule's; a severity the user set
         * for the rule still wins. Null means the rule's severity.
         */
        Draft defaultSeverity(Severity severity) {
            this.variantDefault = severity;
            return this;
        }

        /**
         * A place in the current source: 1-based line, data row, column and the column's header;
         * 0 leaves a number out (a header-level finding has row 0, a row-level one column 0).
         */
        Draft at(long line, long row, int column, String header) {
            this.line = line;
            this.row = row;
            this.column = column;
            this.header = header;
            this.capped = false;
            this.at = null;
            return this;
        }

        /**
         * A cell finding, one of many alike: as {@link #at(long, long, int, String)}, and subject
         * to the per-column cap of its variant (beyond it the finding is only counted, for the
         * {@code validation.more} summary, and {@link #make()} gives null).
         */
        Draft cell(long line, long row, int column, String header) {
            at(line, row, column, header);
            this.capped = true;
            return this;
        }

        /** A line of the current source. */
        Draft line(long line) {
            return at(line, 0, 0, null);
        }

        /** A location given whole (not capped). */
        Draft at(Location location) {
            this.at = location;
            this.capped = false;
            return this;
        }

        /** The value found (hidden when values are hidden; message arguments taken from it too). */
        Draft value(String value) {
            this.value = value;
            return this;
        }

        /** The suggested replacement of the value, or null for none. */
        Draft suggest(String suggestion) {
            this.suggestion = suggestion;
            return this;
        }

        /** The message arguments. */
        Draft args(Object... args) {
            this.args = args;
            return this;
        }

        /**
         * The finding, or null when its rule or variant is disabled or a cell finding is beyond
         * the cap (then counted for the summary).
         */
        Finding make() {
            String k = key == null ? rule : key;
            if (!enabled(rule, k)) {
                return null;
            }
            Severity sev = severity(rule, variantDefault);
            if (capped && perColumnCap > 0 && !keep(rule, k, sev, line, row, column, header)) {
                return null;
            }
            Location loc = at != null ? at : cellLocation(line, row, column, header);
            return build(rule, k, sev, loc, value, suggestion, args);
        }

        /** Makes the finding and adds it to the report (nothing when {@link #make()} gives null). */
        void emit() {
            Emitter.this.emit(make());
        }
    }

    private static final Object[] NO_ARGS = {};

    /** Counts a cell finding against the cap; whether it is kept (listed) rather than summarised. */
    private boolean keep(String rule, String variant, Severity sev, long line, long row, int column, String header) {
        long k = capKey(rule, variant, column);
        Capped c = caps.get(k);
        if (c == null) {
            c = new Capped(rule, variant, column);
            caps.put(k, c);
        }
        if (c.kept < perColumnCap) {
            c.kept++;
            return true;
        }
        if (c.more == 0) {
            c.firstLine = line;
            c.firstRow = row;
            c.header = header == null ? "" : header;
            c.severity = sev;
        } else if (sev.isAtLeast(c.severity)) {
            c.severity = sev;
        }
        c.more++;
        c.bySeverity[sev.ordinal()]++;
        c.lastRow = row;
        if (row > 0) {
            // summarised, not listed: still counted among the cells and rows with findings
            report.countAffected(sev, cellLocation(line, row, column, header));
        }
        return false;
    }

    /** Takes back a kept finding of the cap (its row turned out to be a note, not data). */
    void uncount(Finding f) {
        if (perColumnCap <= 0) {
            return;
        }
        int col = f.location().column().orElse(0);
        Capped c = caps.get(capKey(f.ruleId(), f.messageKey(), col));
        if (c != null && c.kept > 0) {
            c.kept--;
        }
    }

    private long capKey(String rule, String variant, int column) {
        String v = variant.equals(rule) || variant.startsWith(rule + ".") ? variant : rule + "\u0000" + variant;
        Integer idx = variantIndex.get(v);
        if (idx == null) {
            idx = variantIndex.size();
            variantIndex.put(v, idx);
        }
        return ((long) idx << 32) | (column & 0xFFFFFFFFL);
    }

    boolean hidesValues() {
        return hideValues;
    }

    private Finding build(String rule, String key, Severity sev, Location loc, String value, String suggestion,
            Object[] args) {
        if (hideValues && value != null) {
            // message arguments taken from the value (the characters found, a code) are hidden too
            args = args.clone();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof String s && !s.isEmpty() && (value.contains(s) || s.contains(value))) {
                    args[i] = "…";
                }
            }
        }
        Finding.Builder b = Finding.builder(rule, sev).location(loc).messageKey(key).args(args);
        if (!hideValues) {
            if (value != null) {
                b.value(value);
            }
            if (suggestion != null) {
                b.suggestion(suggestion);
            }
        }
        return b.build();
    }

    /** Adds a finding made earlier (held back with its row) to the report; null is ignored. */
    void emit(Finding f) {
        if (f != null) {
            report.add(f);
        }
    }

    /** Emits the summaries of capped findings of the current source. */
    void endSource() {
        for (Capped c : caps.values()) {
            if (c.more == 0) {
                continue;
            }
            Location.Builder b = location();
            if (c.firstLine > 0) {
                b.line(c.firstLine);
            }
            if (c.firstRow > 0) {
                b.row(c.firstRow);
            }
            if (c.column > 0) {
                b.column(c.column).header(c.header);
            }
            report.add(Finding.builder(c.rule, c.severity).location(b.build()).messageKey(MORE_KEY)
                    .args(c.more, c.firstRow, c.lastRow, c.kept, c.bySeverity[Severity.ERROR.ordinal()],
                            c.bySeverity[Severity.WARNING.ordinal()], c.bySeverity[Severity.INFO.ordinal()], c.key)
                    .build());
        }
        caps.clear();
    }
}
