package io.github.civicdata.anonymize;

import java.util.Locale;

/**
 * The information-loss metric that the search minimises. Every metric is also reported for the
 * result, whichever one was optimised. With {@code N} records, {@code S} the suppressed records
 * and {@code E} the equivalence classes of the released records:
 *
 * <ul>
 * <li>{@link #LOSS}: ARX's "Loss" (default objective of ARX 3.9, generalisation/suppression factor
 * 0.5, geometric mean). Per quasi-identifier {@code q} with hierarchy leaf count {@code |D|},
 * {@code raw_q = Σ_released |leaves(g(r))|/|D| + |S|} (a suppressed record counts 1) and
 * {@code loss_q = (raw_q − N/|D|)/(N − N/|D|)}, which is Iyengar's loss
 * {@code (1/N)·Σ_r (|leaves(g(r))| − 1)/(|D| − 1)} with suppressed records counting 1. The
 * aggregate is {@code Π_q (1 + loss_q)^(1/Q) − 1} over the {@code Q} quasi-identifiers.</li>
 * <li>{@link #DISCERNIBILITY}: DM* = {@code Σ_E |E|² + |S|·N} (Bayardo and Agrawal, ICDE 2005).</li>
 * <li>{@link #AECS}: average equivalence-class size {@code N / (|E| + (|S| > 0 ? 1 : 0))}, the
 * suppressed records counting as one class (LeFevre, DeWitt, Ramakrishnan, ICDE 2006, C_AVG
 * without the division by k).</li>
 * <li>{@link #ENTROPY}: non-uniform entropy (Gionis and Tassa, IEEE TKDE 2009), in bits:
 * {@code Σ_q Σ_r −log2(f_q(r[q]) / f_q(g(r[q])))} with {@code f_q} the frequency of a value (or of
 * the values generalised to it) in column {@code q} of the input; a suppressed record counts as
 * generalised to {@code *}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Metric m = Metric.ofConfigName("discernibility"); // Metric.DISCERNIBILITY
 * }</pre>
 */
public enum Metric {
    /** ARX's Loss (Iyengar's loss per attribute, geometric mean). */
    LOSS("loss"),
    /** Discernibility DM*. */
    DISCERNIBILITY("discernibility"),
    /** Average equivalence-class size. */
    AECS("aecs"),
    /** Non-uniform entropy. */
    ENTROPY("entropy");

    private final String configName;

    Metric(String configName) {
        this.configName = configName;
    }

    /**
     * @return the name in configuration files and reports
     */
    public String configName() {
        return configName;
    }

    /**
     * @param name {@code loss}, {@code discernibility} (or {@code dm}), {@code aecs}, {@code entropy}
     * @return the metric
     * @throws AnonymizationException if no metric has that name
     */
    public static Metric ofConfigName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("dm") || n.equals("dm*")) {
            return DISCERNIBILITY;
        }
        for (Metric m : values()) {
            if (m.configName.equals(n)) {
                return m;
            }
        }
        throw AnonymizationException.config("anon.config.unknown-metric", name, "loss, discernibility, aecs, entropy");
    }
}
