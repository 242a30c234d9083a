package io.github.civicdata.validation;

import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.format.ValueChecker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The column decisions of one fixed table: which input columns are kept, which unit a numeric
 * column's cells lose (and where it goes), which column holds latitude and longitude together,
 * which columns hold dates or times, and the output columns in order with their names.
 *
 * <p>The decisions are a function of {@link Stats} over the data rows, so they can be made from
 * the first rows of a large table and checked against the whole table at its end; the
 * {@link #signature()} tells whether two plans decide the same.
 *
 * <p>Not thread-safe.
 */
final class FixPlan {

    /** Output column parts. */
    static final int WHOLE = 0;
    static final int LATITUDE = 1;
    static final int LONGITUDE = 2;

    /** What the plan says about one input column. */
    static final class In {
        final int index;
        /** The header's text as read (first header row; combined names for two-row headers). */
        final String rawName;
        boolean drop;
        boolean numeric;
        boolean numericStrong;
        boolean typeFromTemplate;
        /** The unit the column's cells lose, or null. */
        String unit;
        /** Whether {@link #unit} goes into the output column's name (else only into the sidecar). */
        boolean unitInName;
        /** Several units that the name does not state (L3-04.mixed): nothing is moved. */
        List<String> mixedUnits = List.of();
        boolean coordinates;
        boolean dateColumn;
        boolean timeColumn;
        boolean key;
        ValueSemantics.Region region = ValueSemantics.Region.NONE;
        boolean properNoun;
        TemplateColumn template;
        ValueChecker checker;
        /** The last region value the checks passed (a code repeated down the column is checked once). */
        String regionPassed;
        /** Recent values the template's format check passed. */
        final String[] formatPassed = new String[4];
        int formatNext;

        In(int index, String rawName) {
            this.index = index;
            this.rawName = rawName;
        }

        /** The name that states the unit, for turning cells with units into numbers. */
        String unitName() {
            return unit == null ? Cells.trim(rawName) : Cells.trim(rawName) + "（" + unit + "）";
        }
    }

    /** One output column. */
    record Out(int source, int part, String name, TemplateColumn template) {
        boolean added() {
            return source < 0;
        }
    }

    /** Counts over the data rows of one input column, from which the plan is made. */
    static final class Column {
        long nonEmpty;
        long coordinatePairs;
        long dates;
        long times;
        /** Values that are numbers as they are, numbers with a defect (units, separators…), missing-value symbols. */
        long clean;
        long dirty;
        long symbols;
        final Map<String, Long> units = new LinkedHashMap<>();
        boolean moreUnits;

        void unit(String u) {
            if (units.containsKey(u) || units.size() < 8) {
                units.merge(u, 1L, Long::sum);
            } else {
                moreUnits = true;
            }
        }
    }

    /** The counts of every input column. */
    static final class Stats {
        Column[] cols;
        long rows;

        Stats(int width) {
            cols = new Column[width];
            for (int i = 0; i < width; i++) {
                cols[i] = new Column();
            }
        }

        Column col(int i) {
            if (i >= cols.length) {
                Column[] c = java.util.Arrays.copyOf(cols, i + 1);
                for (int k = cols.length; k <= i; k++) {
                    c[k] = new Column();
                }
                cols = c;
            }
            return cols[i];
        }
    }

    final In[] in;
    final List<Out> out = new ArrayList<>();
    /** Template columns that are required but absent (left for a person). */
    final List<TemplateColumn> missingRequired = new ArrayList<>();
    /** Whether the plan was made from the whole table (else from its first rows). */
    boolean exact;

    FixPlan(In[] in) {
        this.in = in;
    }

    /** The decisions, as text, to compare two plans. */
    List<String> signature() {
        List<String> s = new ArrayList<>();
        for (In c : in) {
            s.add(c.index + ":" + c.drop + c.numeric + c.unit + c.unitInName + c.mixedUnits + c.coordinates
                    + c.dateColumn + c.timeColumn + c.key);
        }
        for (Out o : out) {
            s.add(o.source() + "/" + o.part() + "/" + o.name());
        }
        return s;
    }

    /** The output columns that come from input column {@code i}. */
    List<Integer> outputsOf(int i) {
        List<Integer> r = new ArrayList<>(2);
        for (int k = 0; k < out.size(); k++) {
            if (out.get(k).source() == i) {
                r.add(k);
            }
        }
        return r;
    }
}
