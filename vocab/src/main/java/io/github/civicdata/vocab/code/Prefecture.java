package io.github.civicdata.vocab.code;

import java.util.Objects;

/**
 * A prefecture (都道府県): its JIS X 0401 code, its own 全国地方公共団体コード, and names.
 *
 * <p>From the デジタル庁 Address Base Registry 都道府県マスター: the reading is its katakana reading
 * converted to hiragana, the English name its romanised name; the ISO 3166-2 code is
 * {@code JP-} and the 2-digit code. Immutable and thread-safe.
 *
 * <pre>{@code
 * Prefecture tokyo = CodeLists.standard().prefecture("13").orElseThrow();
 * tokyo.localGovernmentCode(); // 130001
 * }</pre>
 *
 * @param code the 2-digit JIS X 0401 code, {@code 01}–{@code 47}
 * @param localGovernmentCode the prefecture's own 6-digit code ({@code PP000} + check digit)
 * @param name the name, e.g. {@code 東京都}
 * @param nameKana the reading in hiragana, e.g. {@code とうきょうと}
 * @param nameEn the romanised name, e.g. {@code Tokyo}
 * @param iso3166 the ISO 3166-2 code, e.g. {@code JP-13}
 */
public record Prefecture(String code, String localGovernmentCode, String name, String nameKana, String nameEn,
        String iso3166) {

    /**
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the codes are malformed
     */
    public Prefecture {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(localGovernmentCode, "localGovernmentCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameKana, "nameKana");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(iso3166, "iso3166");
        if (!isPrefectureCode(code)) {
            throw new IllegalArgumentException("prefecture code must be 01-47: " + code);
        }
        if (!LocalGovernmentCodes.hasValidCheckDigit(localGovernmentCode)
                || !localGovernmentCode.startsWith(code + "000")) {
            throw new IllegalArgumentException("bad prefecture local government code: " + localGovernmentCode);
        }
    }

    /** Whether {@code code} is 01 … 47 (a character test: no regular expression at start-up). */
    private static boolean isPrefectureCode(String code) {
        if (code.length() != 2 || !LocalGovernmentCodes.allDigits(code, 0, 2)) {
            return false;
        }
        int v = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
        return v >= 1 && v <= 47;
    }
}
