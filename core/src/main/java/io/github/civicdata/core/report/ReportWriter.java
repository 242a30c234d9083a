package io.github.civicdata.core.report;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link Report} as text, JSON, SARIF 2.1.0, JUnit XML or HTML, always in UTF-8.
 *
 * <p>Text is written in one language ({@link Builder#locale(Locale)}); JSON, SARIF and JUnit
 * carry both Japanese and English messages; HTML carries both and opens in the builder's language,
 * with a switch to the other. An HTML report can also show a certificate
 * ({@link Builder#certification(CertificationSummary)}) and the column profiles of the report's
 * tables ({@link Report#tables()}). The fail-on threshold decides the JSON
 * {@code conforms} flag and which JUnit test cases fail; with no threshold ({@code --fail-on
 * never}) conformance is judged at {@link Severity#ERROR} for the flag but nothing fails.
 *
 * <p>Writers are immutable and thread-safe; {@link #write} does not close the stream.
 *
 * <pre>{@code
 * ReportWriter.builder(ReportFormat.SARIF).build().write(report, System.out);
 * ReportWriter.of(ReportFormat.TEXT, Locale.JAPANESE).write(report, System.out);
 * }</pre>
 */
public interface ReportWriter {

    /**
     * Writes the report.
     *
     * @param report the report
     * @param out where to write (UTF-8); not closed
     * @throws IOException if writing fails
     */
    void write(Report report, OutputStream out) throws IOException;

    /**
     * A writer with default options in {@code locale} (failing on errors).
     *
     * @param format the format
     * @param locale the language of text output (Japanese for {@code ja}, English otherwise)
     * @return the writer
     */
    static ReportWriter of(ReportFormat format, Locale locale) {
        return builder(format).locale(locale).build();
    }

    /**
     * Starts a builder.
     *
     * @param format the format
     * @return the builder
     */
    static Builder builder(ReportFormat format) {
        return new Builder(format);
    }

    /** Configures a {@link ReportWriter}; not thread-safe. */
    final class Builder {
        private final ReportFormat format;
        private Locale locale = Locale.ENGLISH;
        private Optional<Severity> failOn = Optional.of(Severity.ERROR);
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private CertificationSummary certification;

        private Builder(ReportFormat format) {
            this.format = Objects.requireNonNull(format, "format");
        }

        /**
         * @param locale the language of text output
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * @param failOn the threshold at which the run fails; empty for never
         * @return this builder
         */
        public Builder failOn(Optional<Severity> failOn) {
            this.failOn = Objects.requireNonNull(failOn, "failOn");
            return this;
        }

        /**
         * Adds a top-level member to JSON reports (ignored by the other formats), for modules that
         * report more than findings (e.g. anonymisation statistics). Values may be strings,
         * numbers, booleans, lists and maps of those.
         *
         * @param key the member name; must not clash with a standard member
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if the key is a standard member
         */
        public Builder extra(String key, Object value) {
            if (JsonReportWriter.STANDARD_KEYS.contains(key)) {
                throw new IllegalArgumentException("extra key clashes with a standard member: " + key);
            }
            extra.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Shows a certificate in HTML reports (ignored by the other formats): the level reached, the
         * hashes, the issuer and the status of every rule per file.
         *
         * @param summary what the certificate says
         * @return this builder
         */
        public Builder certification(CertificationSummary summary) {
            this.certification = Objects.requireNonNull(summary, "summary");
            return this;
        }

        /**
         * @return the writer
         */
        public ReportWriter build() {
            Severity threshold = failOn.orElse(Severity.ERROR);
            boolean failing = failOn.isPresent();
            return switch (format) {
                case TEXT -> new TextReportWriter(locale, threshold);
                case JSON -> new JsonReportWriter(threshold, failing, extra);
                case SARIF -> new SarifReportWriter(locale);
                case JUNIT -> new JunitReportWriter(threshold, failing);
                case HTML -> new HtmlReportWriter(locale, threshold, failing, Optional.ofNullable(certification));
            };
        }
    }
}
