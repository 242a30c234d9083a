package io.github.civicdata.core;

import java.util.Locale;
import java.util.Optional;

/**
 * How serious a {@link Finding} is, from {@link #ERROR} (the data does not conform) down to
 * {@link #INFO} (worth knowing, never a failure).
 *
 * <p>Severities are ordered: {@code ERROR.isAtLeast(WARNING)} is true. A {@link Report}
 * {@linkplain Report#conforms(Severity) conforms} at a threshold when it holds no finding at or
 * above that threshold.
 *
 * <p>Immutable and thread-safe (an enum).
 *
 * <pre>{@code
 * Severity failOn = Severity.parse("warning").orElseThrow();
 * boolean fails = finding.severity().isAtLeast(failOn);
 * }</pre>
 */
public enum Severity {
    /** The data breaks a rule; pipelines fail on it by default. */
    ERROR(3),
    /** Probably a problem; fails only with {@code --fail-on warning}. */
    WARNING(2),
    /** Informational; never fails a run. */
    INFO(1);

    private final int rank;

    Severity(int rank) {
        this.rank = rank;
    }

    /**
     * Whether this severity is the same as, or more serious than, {@code threshold}.
     *
     * @param threshold the severity to compare with
     * @return {@code true} if this is at least as serious as {@code threshold}
     * @throws NullPointerException if {@code threshold} is null
     */
    public boolean isAtLeast(Severity threshold) {
        return rank >= threshold.rank;
    }

    /**
     * The lower-case identifier used in reports and on the command line ({@code error},
     * {@code warning}, {@code info}).
     *
     * @return the identifier
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an identifier as produced by {@link #id()}, ignoring case.
     *
     * @param id the identifier, e.g. {@code "warning"}
     * @return the severity, or empty if {@code id} names none
     */
    public static Optional<Severity> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
