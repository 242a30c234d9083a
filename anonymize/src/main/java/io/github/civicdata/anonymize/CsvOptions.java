package io.github.civicdata.anonymize;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How a CSV file is read and written: the delimiter (detected from the header line when absent),
 * the character encoding (detected when absent: UTF-8 with or without BOM, Shift_JIS / CP932,
 * EUC-JP), the formula-injection protection of the output and the limits on hostile input.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CsvOptions opts = CsvOptions.defaults().withDelimiter(';');
 * Table t = Table.read(Path.of("adult.csv"), opts);
 * }</pre>
 *
 * @param delimiter the field delimiter; empty to detect it from the header line
 * @param charset the encoding; empty to detect it
 * @param formulaProtection how output cells are protected against formula injection
 * @param maxFieldLength the longest field accepted, in characters
 */
public record CsvOptions(Optional<Character> delimiter, Optional<Charset> charset,
        FormulaProtection formulaProtection, int maxFieldLength) {

    /** The longest field accepted by default, in characters (64 Ki). */
    public static final int DEFAULT_MAX_FIELD_LENGTH = 64 * 1024;

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the delimiter is a quote, CR or LF, or the limit is not positive
     */
    public CsvOptions {
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(formulaProtection, "formulaProtection");
        delimiter.ifPresent(d -> {
            if (d == '"' || d == '\r' || d == '\n') {
                throw new IllegalArgumentException("delimiter cannot be a quote or line break");
            }
        });
        if (maxFieldLength < 1) {
            throw new IllegalArgumentException("maxFieldLength must be >= 1: " + maxFieldLength);
        }
    }

    /**
     * Detect delimiter and encoding, protect formulas except plain numbers.
     *
     * @return the default options
     */
    public static CsvOptions defaults() {
        return new CsvOptions(Optional.empty(), Optional.empty(), FormulaProtection.EXCEPT_NUMBERS,
                DEFAULT_MAX_FIELD_LENGTH);
    }

    /**
     * @param d the delimiter, e.g. {@code ';'}
     * @return a copy with that delimiter
     */
    public CsvOptions withDelimiter(char d) {
        return new CsvOptions(Optional.of(d), charset, formulaProtection, maxFieldLength);
    }

    /**
     * @param cs the encoding
     * @return a copy with that encoding (no detection)
     */
    public CsvOptions withCharset(Charset cs) {
        return new CsvOptions(delimiter, Optional.of(cs), formulaProtection, maxFieldLength);
    }

    /**
     * @param p the protection
     * @return a copy with that formula protection
     */
    public CsvOptions withFormulaProtection(FormulaProtection p) {
        return new CsvOptions(delimiter, charset, p, maxFieldLength);
    }

    /**
     * @param max the longest field accepted
     * @return a copy with that limit
     */
    public CsvOptions withMaxFieldLength(int max) {
        return new CsvOptions(delimiter, charset, formulaProtection, max);
    }
}
