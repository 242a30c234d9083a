/**
 * Runnable examples of the fixer (データ整形): {@link io.github.civicdata.examples.fix.FixExcelExport}
 * (a Shift_JIS export fixed into the AED template's columns, then validated) and {@link
 * io.github.civicdata.examples.fix.FixWorkbookExample} (a workbook with a title block, merged cells
 * and 和暦, written with the JDK, fixed into a clean CSV).
 */
package io.github.civicdata.examples.fix;
