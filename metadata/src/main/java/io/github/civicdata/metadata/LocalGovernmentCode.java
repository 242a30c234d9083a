package io.github.civicdata.metadata;

import io.github.civicdata.core.internal.CheckDigits;
import io.github.civicdata.metadata.internal.ValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A 全国地方公共団体コード (local government code): six ASCII digits, the JIS X 0402 five-digit
 * code followed by a 検査数字 (check digit).
 *
 * <p>The check digit is {@code (11 - (6*d1 + 5*d2 + 4*d3 + 3*d4 + 2*d5) % 11) % 10}, as defined by
 * 総務省 (so a remainder of 0 gives 1 and a remainder of 1 gives 0): 札幌市 {@code 011002},
 * 千代田区 {@code 131016}, 宇都宮市 {@code 092011}.
 *
 * <p>The constructor requires six digits but deliberately accepts a wrong check digit, so that a
 * catalogue can still list a record with a typo in its code and report it: {@link
 * #hasValidCheckDigit()} tells, and {@link RecordChecks} reports it as rule {@code
 * metadata.check-digit}. {@link #parse(String)} also accepts the five-digit form (as used by
 * e-Stat and 国土数値情報) and adds the check digit.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * LocalGovernmentCode chiyoda = LocalGovernmentCode.parse("13101"); // 131016
 * assert chiyoda.hasValidCheckDigit();
 * }</pre>
 *
 * @param value the six digits
 */
public record LocalGovernmentCode(String value) implements Comparable<LocalGovernmentCode> {

    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
    private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");

    /**
     * Checks the form.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is not six ASCII digits
     */
    public LocalGovernmentCode {
        Objects.requireNonNull(value, "value");
        if (!SIX_DIGITS.matcher(value).matches()) {
            throw ValueException.of("metadata.schema.expected.lgcode", value);
        }
    }

    /**
     * A six-digit code as written, or a five-digit code with its check digit added.
     *
     * @param text five or six ASCII digits (surrounding whitespace is ignored)
     * @return the code (for six digits, possibly with a wrong check digit)
     * @throws IllegalArgumentException if {@code text} is not five or six ASCII digits
     */
    public static LocalGovernmentCode parse(String text) {
        String t = Objects.requireNonNull(text, "text").strip();
        if (FIVE_DIGITS.matcher(t).matches()) {
            return new LocalGovernmentCode(t + checkDigit(t));
        }
        return new LocalGovernmentCode(t);
    }

    /**
     * The check digit of a five-digit JIS X 0402 code: the formula is implemented once, in
     * core, for these records and the vocab module's code lists. Allocation-free.
     *
     * @param fiveDigits the first five digits (more digits are ignored)
     * @return the check digit, 0 to 9
     * @throws IllegalArgumentException if the first five characters are not ASCII digits
     */
    public static int checkDigit(CharSequence fiveDigits) {
        return CheckDigits.localGovernmentCode(fiveDigits);
    }

    /**
     * @return whether the sixth digit is the check digit of the first five
     */
    public boolean hasValidCheckDigit() {
        return value.charAt(5) - '0' == checkDigit(value);
    }

    /**
     * The same code with the correct check digit (itself when it is already correct).
     *
     * @return the corrected code
     */
    public LocalGovernmentCode withCorrectCheckDigit() {
        return new LocalGovernmentCode(value.substring(0, 5) + checkDigit(value));
    }

    /**
     * @return the two-digit 都道府県コード (JIS X 0401)
     */
    public String prefectureCode() {
        return value.substring(0, 2);
    }

    /**
     * @return whether this is the code of a prefecture itself ({@code PP000} plus check digit)
     */
    public boolean isPrefecture() {
        return value.startsWith("000", 2);
    }

    @Override
    public int compareTo(LocalGovernmentCode o) {
        return value.compareTo(o.value);
    }

    /**
     * @return the six digits
     */
    @Override
    public String toString() {
        return value;
    }
}
