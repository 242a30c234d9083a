package io.github.civicdata.vocab.code;

import io.github.civicdata.core.internal.CheckDigits;
import java.util.Objects;

/**
 * The check digit of the 全国地方公共団体コード (JIS X 0401 prefecture code + JIS X 0402 municipality
 * code + 検査数字), as defined by 総務省: multiply digits 1–5 by 6, 5, 4, 3, 2, take the sum modulo
 * 11, subtract the remainder from 11 and keep the last digit:
 * {@code cd = (11 − (6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5) mod 11) mod 10}.
 *
 * <p>Stateless and thread-safe; allocation-free except {@link #withCheckDigit(CharSequence)}.
 *
 * <pre>{@code
 * LocalGovernmentCodes.checkDigit("01100");        // 2
 * LocalGovernmentCodes.withCheckDigit("13101");    // "131016"
 * LocalGovernmentCodes.hasValidCheckDigit("092011"); // true
 * }</pre>
 */
public final class LocalGovernmentCodes {

    private LocalGovernmentCodes() {
    }

    /**
     * The check digit of a 5-digit code.
     *
     * @param fiveDigits exactly five ASCII digits
     * @return the check digit, 0–9
     * @throws IllegalArgumentException if the input is not five ASCII digits
     */
    public static int checkDigit(CharSequence fiveDigits) {
        Objects.requireNonNull(fiveDigits, "fiveDigits");
        if (fiveDigits.length() != 5 || !allDigits(fiveDigits, 0, 5)) {
            throw new IllegalArgumentException("expected five ASCII digits");
        }
        return checkDigitUnchecked(fiveDigits);
    }

    /**
     * Appends the check digit to a 5-digit code.
     *
     * @param fiveDigits exactly five ASCII digits
     * @return the 6-digit 全国地方公共団体コード
     * @throws IllegalArgumentException if the input is not five ASCII digits
     */
    public static String withCheckDigit(CharSequence fiveDigits) {
        int cd = checkDigit(fiveDigits);
        return fiveDigits.toString() + (char) ('0' + cd);
    }

    /**
     * Whether a value is six ASCII digits whose last digit is the check digit of the first five.
     *
     * @param code the candidate
     * @return {@code true} if the check digit is right
     */
    public static boolean hasValidCheckDigit(CharSequence code) {
        return code != null && code.length() == 6 && allDigits(code, 0, 6)
                && checkDigitUnchecked(code) == code.charAt(5) - '0';
    }

    /** The check digit of the five digits at the start of {@code s} (already known to be digits). */
    static int checkDigitUnchecked(CharSequence s) {
        return CheckDigits.localGovernmentCode(s);
    }

    static boolean allDigits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
