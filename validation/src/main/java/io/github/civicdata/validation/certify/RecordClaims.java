package io.github.civicdata.validation.certify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a dataset's metadata record claims about its files, as plain values (the certifier does not
 * read metadata records itself: a caller maps its record to this). When a certificate is made with
 * one, the record's {@code conformsTo} must name the template used and each certified file's
 * distribution must agree with the file in size, checksum, character encoding and byte-order mark;
 * every disagreement is written into the certificate.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RecordClaims claims = new RecordClaims("aobadai-aed", Optional.of(sha256OfRecordFile), List.of("aed@2021-suisho"),
 *         List.of(new RecordClaims.Distribution(Optional.of("132993_aed.csv"), OptionalLong.of(7003),
 *                 Optional.empty(), Optional.empty(), Optional.of("UTF-8"), Optional.of(true))));
 * }</pre>
 *
 * @param identifier the record's identifier
 * @param sha256 the SHA-256 of the record file, hexadecimal
 * @param conformsTo the templates it claims, {@code id@version}
 * @param distributions its distributions
 */
public record RecordClaims(String identifier, Optional<String> sha256, List<String> conformsTo,
        List<Distribution> distributions) {

    /**
     * One distribution's claims.
     *
     * @param fileName the file name (the last segment of the download URL, or the title)
     * @param byteSize the size in bytes
     * @param checksumAlgorithm the checksum's algorithm as the JDK names it ({@code SHA-256}, {@code SHA-1}, {@code MD5})
     * @param checksum the checksum, hexadecimal
     * @param encoding the character encoding
     * @param bom whether the file starts with a byte-order mark
     */
    public record Distribution(Optional<String> fileName, OptionalLong byteSize, Optional<String> checksumAlgorithm,
            Optional<String> checksum, Optional<String> encoding, Optional<Boolean> bom) {
        /**
         * @throws NullPointerException if a part is null
         */
        public Distribution {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(byteSize, "byteSize");
            Objects.requireNonNull(checksumAlgorithm, "checksumAlgorithm");
            Objects.requireNonNull(checksum, "checksum");
            Objects.requireNonNull(encoding, "encoding");
            Objects.requireNonNull(bom, "bom");
        }
    }

    /**
     * @throws NullPointerException if a part is null
     */
    public RecordClaims {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(sha256, "sha256");
        conformsTo = List.copyOf(conformsTo);
        distributions = List.copyOf(distributions);
    }
}
