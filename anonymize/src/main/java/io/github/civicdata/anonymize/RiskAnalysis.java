package io.github.civicdata.anonymize;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Measures the re-identification risk of a table without changing it: the {@link RiskProfile}
 * through the given quasi-identifiers, and findings for a core {@link Report}:
 * {@code anon.k-violated} (error) when a class is smaller than the k asked for, and
 * {@code anon.risk-above-threshold} (warning) when records exceed the risk threshold.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RiskAnalysis r = RiskAnalysis.of(table, List.of("age", "sex", "zip"), 0.2, OptionalInt.of(5));
 * System.out.println(r.profile().prosecutorMax());
 * boolean ok = r.report().conforms();
 * }</pre>
 */
public final class RiskAnalysis {

    /** A class smaller than k. */
    public static final RuleInfo K_VIOLATED = RuleInfo.of("anon.k-violated", Severity.ERROR);
    /** Records above the risk threshold. */
    public static final RuleInfo RISK_ABOVE = RuleInfo.of("anon.risk-above-threshold", Severity.WARNING);

    private final RiskProfile profile;
    private final Report report;
    private final List<String> quasiIdentifiers;

    private RiskAnalysis(RiskProfile profile, Report report, List<String> qis) {
        this.profile = profile;
        this.report = report;
        this.quasiIdentifiers = List.copyOf(qis);
    }

    /**
     * Analyses a table.
     *
     * @param table the table
     * @param quasiIdentifiers the quasi-identifier columns (at least one)
     * @param threshold the risk threshold in [0, 1]
     * @param k if present, report classes smaller than k as errors
     * @return the analysis
     * @throws AnonymizationException if a column is unknown, none is given, the threshold is out of
     *     range or k is below 2
     */
    public static RiskAnalysis of(Table table, List<String> quasiIdentifiers, double threshold, OptionalInt k) {
        Objects.requireNonNull(table, "table");
        if (quasiIdentifiers.isEmpty()) {
            throw AnonymizationException.config("anon.config.no-quasi-identifier");
        }
        if (k.isPresent() && k.getAsInt() < 2) {
            throw AnonymizationException.config("anon.config.k-too-small", k.getAsInt());
        }
        RiskProfile p = RiskProfile.of(table, quasiIdentifiers, threshold);
        Report.Builder r = Report.builder().source(SourceInfo.builder(table.source())
                .rows(table.rowCount()).build()).rule(RISK_ABOVE);
        if (table.encoding().isPresent()) {
            r.source(SourceInfo.builder(table.source()).encoding(table.encoding().get()).rows(table.rowCount()).build());
        }
        if (k.isPresent()) {
            r.rule(K_VIOLATED);
            int[] sizes = Classes.sizes(table, quasiIdentifiers);
            long records = 0;
            long classes = 0;
            long min = Long.MAX_VALUE;
            for (int s : sizes) {
                if (s < k.getAsInt()) {
                    records += s;
                    classes++;
                }
                min = Math.min(min, s);
            }
            if (classes > 0) {
                r.add(Finding.builder(K_VIOLATED.id(), Severity.ERROR).location(Location.of(table.source()))
                        .args(records, classes, k.getAsInt(), min).build());
            }
        }
        if (p.recordsAtRisk() > 0) {
            r.add(Finding.builder(RISK_ABOVE.id(), Severity.WARNING).location(Location.of(table.source()))
                    .args(p.recordsAtRisk(), String.valueOf(threshold)).build());
        }
        return new RiskAnalysis(p, r.build(), quasiIdentifiers);
    }

    /**
     * @return the risk profile
     */
    public RiskProfile profile() {
        return profile;
    }

    /**
     * @return the findings
     */
    public Report report() {
        return report;
    }

    /**
     * @return the JSON members to add to a core JSON report: {@code quasiIdentifiers} and
     *     {@code risk} (as in {@link AnonymizationResult#reportMembers()})
     */
    public Map<String, Object> reportMembers() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("quasiIdentifiers", quasiIdentifiers);
        m.put("risk", AnonymizationResult.riskMembers(profile));
        return m;
    }

    /**
     * The profile as one line of text.
     *
     * @param locale {@link java.util.Locale#JAPANESE} or any other locale for English
     * @return the line
     */
    public String summary(java.util.Locale locale) {
        return AnonymizationResult.riskLine(io.github.civicdata.core.Messages.get(), locale,
                "anon.summary.risk", profile);
    }
}
