package io.github.civicdata.vocab.address;

import java.util.regex.Pattern;

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

    private static final String DIGIT = "0-9０-９";
    private static final String KANSUJI = "一二三四五六七八九十百千〇";
    private static final Pattern UNIT = Pattern.compile("[" + DIGIT + KANSUJI + "]+\\s*(丁目|番地|番|号)");
    private static final Pattern HALF = Pattern.compile("[0-9]+(-[0-9]+)+");
    private static final Pattern OTHER = Pattern.compile("[" + DIGIT + "]+([-－‐‑‒–—―−ーｰ][" + DIGIT + "]+)+");
    private static final Pattern KANJI_CHOME = Pattern.compile("[" + KANSUJI + "]+丁目");

    /**
     * Classifies a value.
     *
     * @param value the value of a 番地以下 column, or of a whole address
     * @param fullAddress whether the value is a whole address (連結表記, 住所): a 丁目 in kanji numerals is
     *     then part of the 町字 and skipped
     * @return the notation
     */
    public static AddressNotation of(CharSequence value, boolean fullAddress) {
        String s = value.toString();
        if (fullAddress) {
            java.util.regex.Matcher m = KANJI_CHOME.matcher(s);
            int end = -1;
            while (m.find()) {
                end = m.end();
            }
            if (end >= 0) {
                s = s.substring(end);
            }
        }
        boolean units = UNIT.matcher(s).find();
        boolean half = HALF.matcher(s).find();
        boolean other = !half && OTHER.matcher(s).find();
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
}
