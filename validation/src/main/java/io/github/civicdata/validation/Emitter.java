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

    boolean enabled(String rule) {
        return !disabled.contains(rule);
    }

    /** Whether findings of {@code rule} with message {@code key} are made. */
    private boolean enabled(String rule, String key) {
        return !disabled.contains(rule)
                && (key == null || disabled.isEmpty() || Finding.code(rule, key).map(c -> !disabled.contains(c)).orElse(true));
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

    Severity severity(String rule, Severity variantDefault) {
        Severity o = overrides.get(rule);
        if (o != null) {
            return o;
        }
        return variantDefault != null ? variantDefault : ValidationRules.get(rule).severity();
    }

    Location.Builder location() {
        Location.Builder b = Location.builder(source);
        if (sheet != null) {
            b.sheet(sheet);
        }
        return b;
    }

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
     * A cell-level finding subject to the per-column cap.
     *
     * @return the finding, or null when the rule is disabled or the cap was reached (then counted)
     */
    Finding cell(String rule, String key, Severity variantDefault, long line, long row, int column, String header,
            String value, String suggestion, Object... args) {
        if (!enabled(rule, key)) {
            return null;
        }
        Severity sev = severity(rule, variantDefault);
        if (perColumnCap > 0) {
            String variant = key == null ? rule : key;
            long k = capKey(rule, variant, column);
            Capped c = caps.get(k);
            if (c == null) {
                c = new Capped(rule, variant, column);
                caps.put(k, c);
            }
            if (c.kept >= perColumnCap) {
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
                return null;
            }
            c.kept++;
        }
        return build(rule, key, sev, cellLocation(line, row, column, header), value, suggestion, args);
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

    /**
     * A finding not subject to the cap.
     *
     * @return the finding, or null when the rule is disabled
     */
    Finding make(String rule, String key, Severity variantDefault, Location loc, String value, String suggestion,
            Object... args) {
        if (!enabled(rule, key)) {
            return null;
        }
        return build(rule, key, severity(rule, variantDefault), loc, value, suggestion, args);
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
        Finding.Builder b = Finding.builder(rule, sev).location(loc).messageKey(key == null ? rule : key).args(args);
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

    /** Adds a finding to the report (null is ignored). */
    void emit(Finding f) {
        if (f != null) {
            report.add(f);
        }
    }

    /** Makes and adds a finding not subject to the cap. */
    void emit(String rule, String key, Severity variantDefault, Location loc, String value, String suggestion,
            Object... args) {
        emit(make(rule, key, variantDefault, loc, value, suggestion, args));
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
