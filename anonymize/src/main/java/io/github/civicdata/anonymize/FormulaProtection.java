package io.github.civicdata.anonymize;

import io.github.civicdata.core.csv.CsvFormulas;

/**
 * How CSV output is protected against formula injection (CWE-1236). The policy is core's, the
 * one every CSV writer of civicdata uses ({@link CsvFormulas}): a cell that starts, after any
 * leading spaces, with {@code =}, {@code +}, {@code -}, {@code @}, their full-width forms
 * {@code ＝＋－＠}, a tab or a carriage return may be run as a formula by a spreadsheet that opens
 * the file; such a cell is written with a single quote {@code '} in front (the OWASP
 * recommendation). A spreadsheet then shows the text as it was, and a program reading the CSV sees
 * the quote. Because {@code -} and {@code +} also start numbers, the default leaves plain numbers
 * ({@code -12}, {@code +81}, {@code -0.5e3}) and a lone minus sign ({@code -}, the mark for
 * "none") alone.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * table.write(out, CsvOptions.defaults().withFormulaProtection(FormulaProtection.ALL));
 * }</pre>
 */
public enum FormulaProtection {
    /** Prefix every dangerous cell except plain numbers and a lone minus sign (the default). */
    EXCEPT_NUMBERS,
    /** Prefix every dangerous cell, numbers included. */
    ALL,
    /** Write cells as they are (only for consumers that never open the file in a spreadsheet). */
    NONE;

    /**
     * The cell as it is written under this protection.
     *
     * @param cell the cell
     * @return the cell, prefixed with {@code '} where it could start a formula
     */
    public String apply(String cell) {
        return switch (this) {
            case EXCEPT_NUMBERS -> CsvFormulas.defuseExceptNumbers(cell);
            case ALL -> CsvFormulas.defuse(cell);
            case NONE -> cell;
        };
    }
}
