package io.github.civicdata.metadata;

import io.github.civicdata.metadata.internal.ValueException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The checksum of a distribution's file ({@code spdx:checksum}): an algorithm and the digest in
 * lower-case hexadecimal.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Checksum c = Checksum.of(ChecksumAlgorithm.SHA256, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
 * Checksum d = Checksum.sha256(Files.readAllBytes(file));
 * }</pre>
 *
 * @param algorithm the algorithm
 * @param value the digest in hexadecimal (stored in lower case)
 */
public record Checksum(ChecksumAlgorithm algorithm, String value) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

    /**
     * Validates the value and stores it in lower case.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the value is not hexadecimal of the algorithm's length
     */
    public Checksum {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(value, "value");
        value = value.toLowerCase(Locale.ROOT);
        if (!HEX.matcher(value).matches() || value.length() != algorithm.hexLength()) {
            throw HEX.matcher(value).matches()
                    ? ValueException.of("metadata.invalid-value.checksum-length", algorithm.id(), algorithm.hexLength(),
                            value.length())
                    : ValueException.of("metadata.schema.expected.hex", value);
        }
    }

    /**
     * @param algorithm the algorithm
     * @param hex the digest in hexadecimal
     * @return the checksum
     */
    public static Checksum of(ChecksumAlgorithm algorithm, String hex) {
        return new Checksum(algorithm, hex);
    }

    /**
     * Computes the SHA-256 checksum of some bytes.
     *
     * @param content the bytes
     * @return the checksum
     */
    public static Checksum sha256(byte[] content) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(content);
            return new Checksum(ChecksumAlgorithm.SHA256, HexFormat.of().formatHex(d));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
