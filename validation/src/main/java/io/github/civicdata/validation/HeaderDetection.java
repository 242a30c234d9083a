package io.github.civicdata.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the header block of a table in the rows buffered at its head: the header row (stated, or
 * chosen by evidence through {@link HeaderChoice}, moved up one row when it is the lower row of a
 * two-row header), metadata rows under it ({@code #property} rows and LinkData label rows), a
 * second header row whose labels are joined to the first ({@link HeaderRows}), legend rows, and
 * where the data begins. It decides only; {@link TableProcessor} reports what it found.
 *
 * <p>Stateless; thread-safe.
 */
final class HeaderDetection {

    private HeaderDetection() {
    }

    /** A legend row under the header ({@code ○：実施 ×：未実施}) and the legend it gives. */
    record Legend(int index, String text) {
    }

    /**
     * The header block found.
     *
     * @param header the index of the header row in the window
     * @param stated whether the header is the stated header row
     * @param statedBlank whether a header row was stated but the window does not start with it
     *     (it is blank or above the window): the header was chosen by evidence instead
     * @param choice the evidence for a header chosen by evidence, null for a stated one
     * @param belowPosition whether the header chosen lies below the row a reader would take by
     *     position alone (the first row as wide as half the table)
     * @param metaEnd the index after the metadata rows under the header ({@code header + 1} when
     *     there are none)
     * @param second the index of the second header row, or -1
     * @param headerNames the header row's own cells
     * @param names the column names: {@code headerNames}, or joined from both header rows
     * @param joined whether any name was joined from two rows (the single row that replaces both
     *     is then suggested)
     * @param legends the legend rows under the header block
     * @param dataStart the index of the first row after the header block
     * @param nameRows the rows that give other names of the columns (metadata rows; both rows of a
     *     two-row header)
     */
    record Head(int header, boolean stated, boolean statedBlank, HeaderChoice.Choice choice, boolean belowPosition,
            int metaEnd, int second, String[] headerNames, String[] names, boolean joined, List<Legend> legends,
            int dataStart, List<RecordView> nameRows) {
    }

    /**
     * Finds the header block.
     *
     * @param w the rows at the head of the table, at least one of them not blank
     * @param ne each row's number of non-empty cells
     * @param statedRow the line (or sheet row) stated as the header, 0 when none is stated
     * @param semantics for LinkData label rows and header evidence
     * @param conformance the template or schema (names it knows are evidence of a header), or null
     */
    static Head detect(List<RecordView> w, int[] ne, long statedRow, ValueSemantics semantics,
            Conformance conformance) {
        int n = w.size();
        boolean stated = statedRow > 0;
        boolean statedBlank = false;
        HeaderChoice.Choice choice = null;
        int h;
        if (stated && w.get(0).line <= statedRow && statedRow <= w.get(0).endLine && ne[0] > 0) {
            h = 0;
        } else {
            statedBlank = stated;
            stated = false;
            choice = new HeaderChoice(w, ne, semantics, conformance).choose();
            h = choice.index();
            // the row above may be the first row of a two-row header whose second row scored higher
            if (h > 0 && ne[h - 1] > 0 && HeaderRows.isFirstHeaderRow(w.get(h - 1), w.get(h),
                    w.subList(Math.min(h + 1, n), n))) {
                h--;
            }
        }
        RecordView header = w.get(h);
        int k = h + 1;
        // metadata rows between the header and the data (#object_type_xsd, #property_context …)
        List<RecordView> nameRows = new ArrayList<>(2);
        boolean linkData = HeaderChoice.startsWithHash(header);
        while (k < n && ne[k] > 0 && (HeaderChoice.startsWithHash(w.get(k))
                || (linkData && HeaderNames.isLabelRow(w.get(k), semantics)))) {
            nameRows.add(w.get(k));
            k++;
        }
        int metaEnd = k;
        String[] headerNames = new String[header.size];
        for (int i = 0; i < header.size; i++) {
            headerNames[i] = header.text(i);
        }
        String[] names = headerNames;
        int second = -1;
        boolean joined = false;
        if (k < n && HeaderRows.isSecondHeaderRow(header, w.get(k), w.subList(Math.min(k + 1, n), n))) {
            second = k;
            nameRows.add(header);
            nameRows.add(w.get(k));
            boolean[] combinedAny = new boolean[1];
            names = HeaderRows.combine(header, w.get(k), Math.max(header.size, w.get(k).size), combinedAny);
            joined = combinedAny[0];
            k++;
        }
        // legend rows under the header (○：実施 ×：未実施): neither names nor data
        List<Legend> legends = new ArrayList<>(0);
        while (k < n && ne[k] > 0) {
            String legend = HeaderRows.legend(w.get(k));
            if (legend == null) {
                break;
            }
            legends.add(new Legend(k, legend));
            k++;
        }
        boolean belowPosition = !stated && h > firstOfWidth(ne);
        return new Head(h, stated, statedBlank, choice, belowPosition, metaEnd, second, headerNames, names, joined,
                legends, k, nameRows);
    }

    /** The row the header would be by position alone: the first as wide as half the table. */
    static int firstOfWidth(int[] ne) {
        int need = Math.max(2, (HeaderChoice.robustWidth(ne) + 1) / 2);
        for (int i = 0; i < ne.length; i++) {
            if (ne[i] >= need) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
