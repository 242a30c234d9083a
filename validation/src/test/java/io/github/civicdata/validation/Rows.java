package io.github.civicdata.validation;

import java.util.ArrayList;
import java.util.List;

/** Test helper: records from comma-separated lines (no quoting), numbered from line 1. */
final class Rows {

    private Rows() {
    }

    static RecordView row(long line, String csv) {
        RecordView r = new RecordView(1000, 10_000, 100_000);
        r.reset(line);
        for (String f : csv.split(",", -1)) {
            r.addField(f, 0, 0);
        }
        return r;
    }

    static List<RecordView> rows(String... lines) {
        List<RecordView> out = new ArrayList<>();
        for (String l : lines) {
            out.add(row(out.size() + 1, l));
        }
        return out;
    }

    static int[] nonEmpty(List<RecordView> rows) {
        int[] ne = new int[rows.size()];
        for (int i = 0; i < ne.length; i++) {
            ne[i] = rows.get(i).nonEmpty();
        }
        return ne;
    }
}
