package io.github.civicdata.validation.csvw;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.Values;
import java.util.Map;
import java.util.Set;

/**
 * Collects the findings of one CSVW run into a report: the configured severity of each rule (a
 * disabled rule is dropped), data problems as warnings when converting, and the counts that decide
 * whether processing goes on.
 *
 * <p>Not thread-safe: one instance per run.
 */
final class Problems {

    /** Data rules: errors for a validator, warnings for a converter. */
    private static final Set<String> DATA_RULES = Set.of(CsvwRules.DATATYPE, CsvwRules.CONSTRAINT, CsvwRules.REQUIRED,
            CsvwRules.PRIMARY_KEY, CsvwRules.FOREIGN_KEY, CsvwRules.COMPATIBILITY, CsvwRules.CSV, CsvwRules.COLUMNS);

    private final Report.Builder report;
    private final boolean validating;
    private final Map<String, Severity> severities;
    private final Set<String> disabled;
    private final boolean hideValues;
    private long metadataErrors;

    Problems(Report.Builder report, boolean validating, Map<String, Severity> severities, Set<String> disabled,
            boolean hideValues) {
        this.report = report;
        this.validating = validating;
        this.severities = severities;
        this.disabled = disabled;
        this.hideValues = hideValues;
    }

    boolean validating() {
        return validating;
    }

    /**
     * Adds a finding of {@code rule} with message {@code key} at the rule's severity.
     *
     * @param value the offending value, or null
     */
    void add(String rule, String key, Location where, String value, Object... args) {
        Severity base = CsvwRules.find(rule).map(r -> r.severity()).orElse(Severity.ERROR);
        if (!validating && DATA_RULES.contains(rule) && base == Severity.ERROR) {
            base = Severity.WARNING;
        }
        add(rule, base, key, where, value, args);
    }

    /** Adds a finding at an explicit default severity (a rule's variant that is milder). */
    void add(String rule, Severity dflt, String key, Location where, String value, Object... args) {
        if (disabled.contains(rule)) {
            return;
        }
        Severity s = severities.getOrDefault(rule, dflt);
        if (s == Severity.ERROR && (rule.startsWith("csvw.metadata.") || rule.equals(CsvwRules.REMOTE))) {
            metadataErrors++;
        }
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            safe[i] = a == null ? "" : a instanceof Number || a instanceof Boolean ? a : Values.truncate(String.valueOf(a));
        }
        Finding.Builder f = Finding.builder(rule, s).location(where).messageKey(key).args(safe);
        if (value != null && !hideValues) {
            f.value(value);
        }
        report.add(f.build());
    }

    /** Counts an error already reported as one of the metadata (a schema or dialect file that cannot be read). */
    void metadataIncomplete() {
        metadataErrors++;
    }

    /** Errors in the metadata (or of reaching it): processing of the tables stops. */
    long metadataErrors() {
        return metadataErrors;
    }

    Report.Builder report() {
        return report;
    }

    static Location pointer(String source, String pointer) {
        return Location.pointer(source, pointer.isEmpty() ? "" : pointer);
    }

    /** The JSON pointer of {@code key} under {@code parent} (RFC 6901 escaping). */
    static String child(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
