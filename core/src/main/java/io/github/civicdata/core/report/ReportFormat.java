package io.github.civicdata.core.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats a {@link io.github.civicdata.core.Report} can be written in.
 *
 * <p>Immutable and thread-safe (an enum).
 *
 * <pre>{@code
 * ReportFormat f = ReportFormat.parse("sarif").orElseThrow();
 * }</pre>
 */
public enum ReportFormat {
    /** Plain text for people, in one language. */
    TEXT("txt"),
    /** The civicdata JSON report ({@code report.schema.json} in this package). */
    JSON("json"),
    /** SARIF 2.1.0, for code-scanning dashboards. */
    SARIF("sarif"),
    /** JUnit XML, for CI test dashboards: one test case per rule. */
    JUNIT("xml"),
    /**
     * One self-contained HTML page for people (inline CSS and SVG, no script needed, no network
     * request), Japanese and English switchable, printable on A4.
     */
    HTML("html");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /**
     * @return the lower-case name used on the command line
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @return the usual file extension, without the dot
     */
    public String extension() {
        return extension;
    }

    /**
     * Parses a name as produced by {@link #id()}, ignoring case.
     *
     * @param id the name
     * @return the format, or empty
     */
    public static Optional<ReportFormat> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (ReportFormat f : values()) {
            if (f.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
