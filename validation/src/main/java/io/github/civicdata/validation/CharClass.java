package io.github.civicdata.validation;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Classifies every BMP character (a table read from {@link CharTables}, else computed at class
 * initialisation) for the cell scan: ASCII classes
 * for the fast path and, for other characters, the 機種依存文字 category of L1-08 (judged by
 * whether JIS Shift_JIS and CP932 can encode the character), full-width digits and spaces, and
 * invisible characters.
 *
 * <p>Thread-safe (immutable tables).
 */
final class CharClass {

    /** JIS X 0208 / ASCII / nothing to say. */
    static final byte OK = 0;
    /** C0/C1 control characters other than tab, CR, LF. */
    static final byte CONTROL = 1;
    /** Half-width katakana U+FF61–U+FF9F. */
    static final byte HALFWIDTH_KANA = 2;
    /** Characters mapped differently by Shift_JIS and CP932 converters (〜 ～ − － ‖ ∥ ¢ £ ¬ ¥ ‾). */
    static final byte MAPPING = 3;
    /** CP932 extension symbols (NEC row 13 and IBM extensions): ① Ⅰ ㈱ ㍻ ㎝ № ≒ … */
    static final byte EXT_SYMBOL = 4;
    /** CP932 extension kanji (IBM extensions): 髙 﨑 … acceptable only in proper nouns. */
    static final byte EXT_KANJI = 5;
    /** Era-name ligatures ㍾ ㍽ ㍼ ㍻ ㋿. */
    static final byte ERA = 6;
    /** Not encodable in Shift_JIS nor CP932 (emoji, accented Latin, rare kanji, supplementary characters). */
    static final byte NON_JIS = 7;
    /** Invisible or special spaces (no-break space, zero-width space, BOM inside text). */
    static final byte INVISIBLE = 8;
    /** U+FFFD, the replacement character the decoder writes for an invalid byte sequence. */
    static final byte REPLACEMENT = 9;
    /** Full-width space U+3000 (valid JIS X 0208, but a space for layout checks). */
    static final byte FULLWIDTH_SPACE = 10;
    /** Full-width digits U+FF10–U+FF19. */
    static final byte FULLWIDTH_DIGIT = 11;
    /** Private-use characters U+E000–U+F8FF (外字, user-defined characters). */
    static final byte PRIVATE_USE = 12;

    private static final byte[] TABLE = CharTables.read().map(t -> bytes(t[0])).orElseGet(CharClass::compute);

    private static byte[] bytes(int[] t) {
        byte[] b = new byte[t.length];
        for (int i = 0; i < t.length; i++) {
            b[i] = (byte) t[i];
        }
        return b;
    }

    /**
     * Computes the table (what {@link CharTables} stores precomputed): asks JIS Shift_JIS and
     * CP932 about each character.
     */
    static byte[] compute() {
        byte[] table = new byte[0x10000];
        Charset sjis = Charset.forName("Shift_JIS");
        Charset cp932 = Charset.forName("windows-31j");
        CharsetEncoder es = sjis.newEncoder();
        CharsetEncoder ec = cp932.newEncoder();
        for (int c = 0x80; c < 0x10000; c++) {
            char ch = (char) c;
            byte k;
            if (Character.isSurrogate(ch)) {
                k = NON_JIS;
            } else if (c <= 0x9F) {
                k = CONTROL;
            } else if (c >= 0xFF61 && c <= 0xFF9F) {
                k = HALFWIDTH_KANA;
            } else if (c == 0x3000) {
                k = FULLWIDTH_SPACE;
            } else if (c >= 0xFF10 && c <= 0xFF19) {
                k = FULLWIDTH_DIGIT;
            } else if (c == 0xFFFD) {
                k = REPLACEMENT;
            } else if (c == 0x00A0 || (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF
                    || c == 0x3164 || c == 0xFFA0 || c == 0x00AD || c == 0x202F || (c >= 0x2000 && c <= 0x200A)) {
                k = INVISIBLE;
            } else if (c >= 0xE000 && c <= 0xF8FF) {
                k = PRIVATE_USE;
            } else if (c == 0x32FF || (c >= 0x337B && c <= 0x337E)) {
                k = ERA;
            } else {
                boolean inSjis = es.canEncode(ch);
                boolean inCp932 = ec.canEncode(ch);
                if (c == 0x301C || c == 0xFF5E || c == 0x2014 || c == 0x2015 || c == 0x2212 || c == 0xFF0D || c == 0x2016 || c == 0x2225
                        || c == 0x00A2 || c == 0x00A3 || c == 0x00AC || c == 0xFFE0 || c == 0xFFE1 || c == 0xFFE2
                        || c == 0x00A5 || c == 0x203E) {
                    k = MAPPING;
                } else if (inSjis && inCp932) {
                    k = OK;
                } else if (inCp932) {
                    k = Character.isIdeographic(c) ? EXT_KANJI : EXT_SYMBOL;
                } else if (inSjis) {
                    k = MAPPING;
                } else {
                    k = NON_JIS;
                }
            }
            table[c] = k;
        }
        for (int c = 0; c < 0x20; c++) {
            table[c] = (c == '\t' || c == '\n' || c == '\r') ? OK : CONTROL;
        }
        table[0x7F] = CONTROL;
        return table;
    }

    private CharClass() {
    }

    /**
     * @param c a character
     * @return its class (one of the constants)
     */
    static byte of(char c) {
        return TABLE[c];
    }

    /** Whether the class is one L1-08 reports. */
    static boolean isMachineDependent(byte k) {
        return k == HALFWIDTH_KANA || k == MAPPING || k == EXT_SYMBOL || k == EXT_KANJI || k == ERA
                || k == NON_JIS || k == CONTROL || k == PRIVATE_USE;
    }
}
