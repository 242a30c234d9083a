package io.github.civicdata.validation.certify;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.report.CertificationSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link Certifier#certify} produces: the certificate and the combined validation report of
 * the files (for text, JSON or HTML reports).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Certification c = certifier.certify(subjects);
 * ReportWriter.builder(ReportFormat.HTML).certification(c.summary()).build().write(c.report(), out);
 * }</pre>
 */
public final class Certification {

    private final Certificate certificate;
    private final Report report;
    private final Map<String, String> sources;

    Certification(Certificate certificate, Report report, Map<String, String> sources) {
        this.certificate = Objects.requireNonNull(certificate);
        this.report = Objects.requireNonNull(report);
        this.sources = Map.copyOf(new LinkedHashMap<>(sources));
    }

    /**
     * @return the certificate
     */
    public Certificate certificate() {
        return certificate;
    }

    /**
     * @return the combined validation report of the files
     */
    public Report report() {
        return report;
    }

    /**
     * @return what the certificate says, for the HTML report (subjects matched to the report's sources)
     */
    public CertificationSummary summary() {
        return certificate.summary(sources);
    }
}
