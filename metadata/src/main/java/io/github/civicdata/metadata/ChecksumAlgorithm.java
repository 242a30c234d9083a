package io.github.civicdata.metadata;

import java.util.Locale;
import java.util.Optional;

/**
 * The algorithm of a distribution's {@link Checksum}, as in SPDX ({@code spdx:algorithm}), which
 * DCAT 3 uses.
 *
 * <p>Immutable and thread-safe (an enum).
 *
 * <pre>{@code
 * ChecksumAlgorithm a = ChecksumAlgorithm.byId("sha256").orElseThrow();
 * a.hexLength(); // 64
 * }</pre>
 */
public enum ChecksumAlgorithm {
    /** SHA-256 (recommended). */
    SHA256("sha256", 64, "SHA-256"),
    /** SHA-512. */
    SHA512("sha512", 128, "SHA-512"),
    /** SHA-1 (weak; accepted because portals still publish it). */
    SHA1("sha1", 40, "SHA-1"),
    /** MD5 (weak; accepted because CKAN portals still publish it). */
    MD5("md5", 32, "MD5");

    private final String id;
    private final int hexLength;
    private final String javaName;

    ChecksumAlgorithm(String id, int hexLength, String javaName) {
        this.id = id;
        this.hexLength = hexLength;
        this.javaName = javaName;
    }

    /**
     * @return the id used in JSON, e.g. {@code sha256}
     */
    public String id() {
        return id;
    }

    /**
     * @return the number of hexadecimal digits of a value
     */
    public int hexLength() {
        return hexLength;
    }

    /**
     * @return the name for {@link java.security.MessageDigest#getInstance(String)}
     */
    public String javaName() {
        return javaName;
    }

    /**
     * @return the SPDX algorithm IRI, e.g. {@code http://spdx.org/rdf/terms#checksumAlgorithm_sha256}
     */
    public String spdxIri() {
        return "http://spdx.org/rdf/terms#checksumAlgorithm_" + id;
    }

    /**
     * @param id an id such as {@code sha256} (any case)
     * @return the algorithm, or empty
     */
    public static Optional<ChecksumAlgorithm> byId(String id) {
        for (ChecksumAlgorithm a : values()) {
            if (a.id.equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
