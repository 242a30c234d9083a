package io.github.civicdata.core.encoding;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The character encoding of a file as judged by {@link EncodingDetector}: the charset to decode
 * with, the label to report, whether a byte-order mark is present (and how long it is), and the
 * kind of evidence behind the judgement.
 *
 * <p>The charset used for Shift_JIS files is always {@code windows-31j} (CP932, a superset that
 * also decodes the NEC and IBM extension characters); the label says {@code Shift_JIS} when the
 * sample held only JIS X 0208 characters and {@code CP932} when it held extension characters.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DetectedEncoding enc = EncodingDetector.detect(path);
 * try (Reader r = enc.newReader(Files.newInputStream(path))) { ... }
 * }</pre>
 *
 * @param charset the charset to decode with
 * @param label the name to report (UTF-8, Shift_JIS, CP932, EUC-JP, UTF-16LE, UTF-16BE, ISO-2022-JP)
 * @param bom whether the input starts with a byte-order mark
 * @param bomLength the length of the byte-order mark in bytes (0 without one)
 * @param evidence what the judgement rests on
 */
public record DetectedEncoding(Charset charset, String label, boolean bom, int bomLength, Evidence evidence) {

    /** What a judgement rests on, strongest first. */
    public enum Evidence {
        /** Given by the caller, not detected. */
        DECLARED,
        /** A byte-order mark. */
        BOM,
        /** Valid multi-byte sequences of this encoding and none that is invalid. */
        VALID_MULTIBYTE,
        /** Every byte read was ASCII; any ASCII-compatible encoding fits, UTF-8 is assumed. */
        ASCII_ONLY,
        /** No candidate decoded the sample cleanly; this one had the fewest invalid sequences. */
        BEST_GUESS
    }

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the BOM length is inconsistent
     */
    public DetectedEncoding {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(evidence, "evidence");
        if (bomLength < 0 || (bom && bomLength == 0) || (!bom && bomLength != 0)) {
            throw new IllegalArgumentException("inconsistent BOM length " + bomLength + " for bom=" + bom);
        }
    }

    /**
     * An encoding named by the caller (an {@code --encoding} override); the BOM is still honoured
     * if present.
     *
     * @param charset the charset
     * @param bomLength the length of a BOM found at the start (0 if none)
     * @return the encoding
     */
    public static DetectedEncoding declared(Charset charset, int bomLength) {
        return new DetectedEncoding(charset, EncodingDetector.labelOf(charset), bomLength > 0, bomLength,
                Evidence.DECLARED);
    }

    /**
     * Whether the encoding is UTF-8 (with or without BOM).
     *
     * @return {@code true} for UTF-8
     */
    public boolean isUtf8() {
        return "UTF-8".equals(charset.name());
    }
}
