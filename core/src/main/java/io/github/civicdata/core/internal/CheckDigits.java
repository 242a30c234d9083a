package io.github.civicdata.core.internal;

/**
 * The check digit of the 全国地方公共団体コード: the one implementation of 総務省's formula in civicdata,
 * shared by the metadata records ({@code LocalGovernmentCode}) and the vocabulary's code lists
 * ({@code LocalGovernmentCodes}), which do not depend on each other. Not part of the public API.
 *
 * <p>Stateless, thread-safe and allocation-free.
 */
public final class CheckDigits {

    private CheckDigits() {
    }

    /**
     * The check digit of a five-digit JIS X 0402 code:
     * {@code (11 − (6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5) mod 11) mod 10}.
     *
     * @param fiveDigits the first five digits (more digits are ignored)
     * @return the check digit, 0 to 9
     * @throws IllegalArgumentException if the first five characters are not ASCII digits
     */
    public static int localGovernmentCode(CharSequence fiveDigits) {
        if (fiveDigits.length() < 5) {
            throw new IllegalArgumentException("need five digits: " + fiveDigits);
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            char c = fiveDigits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not an ASCII digit at " + i + ": " + fiveDigits);
            }
            sum += (6 - i) * (c - '0');
        }
        return (11 - sum % 11) % 10;
    }
}
