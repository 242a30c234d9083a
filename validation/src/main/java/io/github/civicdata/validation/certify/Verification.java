package io.github.civicdata.validation.certify;

import io.github.civicdata.core.Report;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of verifying a certificate ({@link Verifier#verify}): every discrepancy found (none
 * when the certificate holds), whether it is signed and by which key, whether that key was the
 * trusted one, whether the metadata record was checked again, and the report of the new validation.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Verification v = Verifier.builder().trustedKey(vendorKey).build().verify(certificate, files);
 * if (!v.valid()) {
 *     v.discrepancies().forEach(d -> System.out.println(d.message().en()));
 * }
 * }</pre>
 *
 * @param discrepancies the mismatches, in the order found
 * @param signed whether the certificate carries a signature
 * @param keyId the signing key's id
 * @param keyTrusted whether the signature is by the trusted key that was given
 * @param metadataChecked whether a metadata record was given and checked again
 * @param report the report of validating the files again (empty when it could not be run)
 */
public record Verification(List<Discrepancy> discrepancies, boolean signed, Optional<String> keyId, boolean keyTrusted,
        boolean metadataChecked, Optional<Report> report) {

    /**
     * @throws NullPointerException if a part is null
     */
    public Verification {
        discrepancies = List.copyOf(discrepancies);
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(report, "report");
    }

    /**
     * @return whether the certificate holds: no discrepancy at all
     */
    public boolean valid() {
        return discrepancies.isEmpty();
    }
}
