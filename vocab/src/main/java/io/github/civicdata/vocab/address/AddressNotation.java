package io.github.civicdata.vocab.address;

/**
 * How the 丁目・番地・号 part of an address is written, following the GIF コアデータパーツ 住所
 * (DS-442): §2.1 and §5.2 write 丁目 and 番地・号 as half-width digits joined by half-width hyphens
 * ({@code 霞が関2-1-6}), §5.3 adds 枝番 with a further hyphen ({@code 1-1-1-1}).
 *
 * <p>{@link #of(CharSequence, boolean)} classifies one value; a column that mixes kinds (one row
 * {@code １丁目２番地３}, another {@code 1-2-3}) writes the same kind of answer in different ways (rule
 * L2-04). In a 連結表記 (whole address) the 町字 may end in 丁目 written in kanji numerals
 * ({@code 青葉町一丁目}, as in the 自治体標準オープンデータセット's own example): only what follows the last
 * such 丁目 is classified there. Immutable.
 *
 * <pre>{@code
 * AddressNotation.of("1-2-3", false);              // HYPHEN
 * AddressNotation.of("１丁目２番地３", false);       // UNITS
 * AddressNotation.of("北海道札幌市厚別区青葉町一丁目3-5", true); // HYPHEN
 * }</pre>
 */
public enum AddressNotation {
    /** Half-width digits and half-width hyphens: {@code 1-2-3} (the GIF notation). */
    HYPHEN,
    /** Digits and hyphens where the digits are full-width or the hyphen another dash: {@code １－２－３}, {@code 1ー2}. */
    FULL_WIDTH,
    /** Numbers with 丁目, 番地, 番 or 号: {@code 1丁目2番地3}, {@code 二丁目1番6号}. */
    UNITS,
    /** Units and hyphens in one value: {@code 1丁目2-3}. */
    MIXED,
    /** No block number written in one of these ways (a plain number, 甲1324, 番外地, a name). */
    NONE;

    /**
     * Classifies a value.
     *
     * <p>One pass over the characters, no regular expression and no allocation (this runs for every
     * cell of an address column). It answers exactly what these patterns, searched anywhere in the
     * value, would: units {@code [0-9０-９一二三四五六七八九十百千〇]+\s*(丁目|番地|番|号)}, half-width
     * {@code [0-9]+(-[0-9]+)+}, other dashes {@code [0-9０-９]+([-－‐‑‒–—―−ーｰ][0-9０-９]+)+}; and for a whole
     * address the text after the last {@code [一二三四五六七八九十百千〇]+丁目} is classified.
     *
     * @param value the value of a 番地以下 column, or of a whole address
     * @param fullAddress whether the value is a whole address (連結表記, 住所): a 丁目 in kanji numerals is
     *     then part of the 町字 and skipped
     * @return the notation
     */
    public static AddressNotation of(CharSequence value, boolean fullAddress) {
        int n = value.length();
        int from = 0;
        if (fullAddress) {
            // after the last 丁目 preceded by a kanji numeral
            for (int i = n - 2; i >= 1; i--) {
                if (value.charAt(i) == '丁' && value.charAt(i + 1) == '目' && isKansuji(value.charAt(i - 1))) {
                    from = i + 2;
                    break;
                }
            }
        }
        boolean units = false;
        boolean half = false;
        boolean other = false;
        for (int i = from; i < n; i++) {
            char c = value.charAt(i);
            boolean digit = isDigit(c);
            if (!digit && !isKansuji(c)) {
                continue;
            }
            if (!units) {
                // a number, optional white space, then 丁目, 番地, 番 or 号
                int k = i + 1;
                while (k < n && isRegexSpace(value.charAt(k))) {
                    k++;
                }
                if (k < n) {
                    char u = value.charAt(k);
                    units = u == '番' || u == '号' || (u == '丁' && k + 1 < n && value.charAt(k + 1) == '目');
                }
            }
            if (digit && i + 2 < n && isDigit(value.charAt(i + 2))) {
                // a digit, a dash, a digit
                char d = value.charAt(i + 1);
                if (d == '-' && c <= '9' && value.charAt(i + 2) <= '9') {
                    half = true;
                } else if (isDash(d)) {
                    other = true;
                }
            }
        }
        if (half) {
            other = false; // the other dashes are looked for only where there is no half-width form
        }
        if (units && (half || other)) {
            return MIXED;
        }
        if (units) {
            return UNITS;
        }
        if (half) {
            return HYPHEN;
        }
        return other ? FULL_WIDTH : NONE;
    }

    /** A half-width or full-width digit. */
    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean isKansuji(char c) {
        switch (c) {
            case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '〇':
                return true;
            default:
                return false;
        }
    }

    /** The dashes between numbers of the {@link #FULL_WIDTH} kind (and the half-width hyphen). */
    private static boolean isDash(char c) {
        switch (c) {
            case '-', '－', '‐', '‑', '‒', '–', '—', '―', '−', 'ー', 'ｰ':
                return true;
            default:
                return false;
        }
    }

    /** What {@code \s} matches in a Java regular expression: ASCII white space only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
