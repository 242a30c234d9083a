package io.github.civicdata.vocab.internal;

/**
 * Regular expressions shared by the format checks and the schema exports, written in the common
 * subset of ECMAScript, Java and XML Schema (plain groups, no look-around, no {@code \d}). Not API.
 */
public final class Regexes {

    private static final String NUMBER = "(\\+[0-9]+ ?)?(\\([0-9]+\\))?[0-9][0-9\\-]*|\\+?[0-9\\-]*[0-9][0-9\\-]*";
    private static final String EXTENSION = "( 内線[0-9]+| Ext\\.[0-9]+)?";

    /**
     * A telephone number in the notation of the GIF コアデータパーツ 電話番号 (DS-445 §1–3): digits and
     * hyphens, the area code optionally in brackets, {@code +81 } before an international number, an
     * extension {@code  内線999} / {@code  Ext.999}, numbers joined by {@code " / "}.
     */
    public static final String GIF_PHONE = "(" + NUMBER + ")" + EXTENSION + "( / (" + NUMBER + ")" + EXTENSION + ")*";

    private Regexes() {
    }
}
