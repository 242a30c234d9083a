package io.github.civicdata.validation.blackbox;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies every suggestion of a report to the file, as a clerk would, and checks two things for
 * each: the suggested value reads as the original does ({@link Reading}), and validating the
 * edited file again gives no finding of the same rule on that cell (or header cell). A cell with
 * several suggestions (one per rule) is edited once per round, one suggestion per round.
 *
 * <p>Header suggestions are applied to the header (a new column name, or the one row that
 * replaces a two-row header); they have no reading to compare. The quoting of a record split by an
 * unquoted thousands separator (L1-15) is not a cell edit and is only counted as skipped.
 */
final class SuggestionCheck {

    /** The outcome: problems found (empty when every suggestion is sound) and counts by kind. */
    record Outcome(List<String> problems, Map<String, Integer> checked, int skipped) {
    }

    private SuggestionCheck() {
    }

    /** A suggestion located in the parsed file. */
    private record Edit(Finding finding, int record, int column, String original) {
    }

    static Outcome check(Validator v, String name, String text) {
        return check(v, name, text, validate(v, name, text));
    }

    /**
     * @param text the file's text (as decoded by the validator)
     * @param r the report of the file
     */
    static Outcome check(Validator v, String name, String text, Report r) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> checked = new TreeMap<>();
        int skipped = 0;
        noInternalError(r, name, problems);
        List<TestCsv.Row> rows = TestCsv.parse(text, ',');
        Map<String, List<Edit>> byCell = new LinkedHashMap<>();
        for (Finding f : r.findings()) {
            if (f.suggestion().isEmpty()) {
                continue;
            }
            Reading.Kind kind = Reading.kindOf(f);
            if (kind == Reading.Kind.NONE) {
                skipped++;
                continue;
            }
            int rec = recordAt(rows, f.location().line().orElse(0));
            int col = f.location().column().orElse(0) - 1;
            if (rec < 0 || (kind != Reading.Kind.HEADER && (col < 0 || col >= rows.get(rec).fields().size()))) {
                problems.add(name + ": cannot locate " + describe(f));
                continue;
            }
            String original = col >= 0 && col < rows.get(rec).fields().size() ? rows.get(rec).fields().get(col) : null;
            String s = f.suggestion().get();
            String header = f.location().header().orElse("");
            switch (kind) {
                case HEADER -> {
                }
                case DITTO -> {
                    String above = rec > 0 && col < rows.get(rec - 1).fields().size() ? rows.get(rec - 1).fields().get(col)
                            : null;
                    if (!s.equals(above)) {
                        problems.add(name + ": ditto suggestion is not the value above: " + describe(f));
                    }
                }
                default -> {
                    Object a = Reading.of(original, kind, header);
                    Object b = Reading.of(s, kind, header);
                    boolean same = kind == Reading.Kind.NUMBER ? Reading.sameAmount(a, b, header) : a.equals(b);
                    if (!same) {
                        problems.add(name + ": suggestion changes the reading (" + a + " → " + b + "): " + describe(f));
                    }
                }
            }
            checked.merge(kind.name(), 1, Integer::sum);
            byCell.computeIfAbsent(rec + ":" + col, k -> new ArrayList<>()).add(new Edit(f, rec, col, original));
        }
        // apply: round k applies the k-th suggestion of every cell, then validates again
        for (int round = 0; ; round++) {
            List<TestCsv.Row> edited = new ArrayList<>();
            for (TestCsv.Row row : rows) {
                edited.add(new TestCsv.Row(row.fields(), row.line()));
            }
            List<Edit> applied = new ArrayList<>();
            List<Integer> dropped = new ArrayList<>();
            for (List<Edit> edits : byCell.values()) {
                if (round < edits.size()) {
                    Edit e = edits.get(round);
                    apply(e, edited, dropped);
                    applied.add(e);
                }
            }
            if (applied.isEmpty()) {
                break;
            }
            dropped.sort(null);
            for (int i = dropped.size() - 1; i >= 0; i--) {
                edited.remove((int) dropped.get(i));
            }
            Report again = validate(v, name, TestCsv.write(edited, ','));
            noInternalError(again, name, problems);
            for (Edit e : applied) {
                Finding f = e.finding();
                for (Finding g : again.findings()) {
                    if (g.ruleId().equals(f.ruleId()) && !g.messageKey().equals("validation.more")
                            && g.location().row().equals(f.location().row())
                            && g.location().column().equals(f.location().column())
                            && (f.location().row().isPresent() || f.location().column().isPresent()
                                    || g.messageKey().equals(f.messageKey()))) {
                        problems.add(name + ": after applying " + describe(f) + " there is still " + describe(g));
                    }
                }
            }
        }
        return new Outcome(problems, checked, skipped);
    }

    private static void apply(Edit e, List<TestCsv.Row> rows, List<Integer> dropped) {
        Finding f = e.finding();
        String s = f.suggestion().orElseThrow();
        if (e.column() >= 0) {
            List<String> fields = rows.get(e.record()).fields();
            fields.set(e.column(), s);
        } else if (f.messageKey().equals("L2-03.multi-row")) {
            // the one header row replaces the two: the second is the next record
            rows.set(e.record(), new TestCsv.Row(TestCsv.parse(s, ',').get(0).fields(), rows.get(e.record()).line()));
            dropped.add(e.record() + 1);
        }
    }

    private static int recordAt(List<TestCsv.Row> rows, long line) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).line() == line) {
                return i;
            }
        }
        return -1;
    }

    static Report validate(Validator v, String name, String text) {
        return v.validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    private static void noInternalError(Report r, String name, List<String> problems) {
        for (Finding f : r.findings()) {
            if (f.ruleId().equals(Validator.INTERNAL_ERROR)) {
                problems.add(name + ": internal error " + f.arguments());
            }
        }
    }

    static String describe(Finding f) {
        return f.ruleId() + " " + f.messageKey() + " at line " + f.location().line().orElse(0) + " column "
                + f.location().column().orElse(0) + ": " + ReportJson.q(f.value().orElse("")) + " → "
                + ReportJson.q(f.suggestion().orElse("(none)"));
    }
}
