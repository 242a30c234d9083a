package io.github.civicdata.validation;

import io.github.civicdata.core.csv.CsvFormulas;
import io.github.civicdata.vocab.format.FormatResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The value transformations of the fixer, applied to one cell (or one header name) in a fixed
 * order: layout, machine-dependent characters, full-width ASCII, ditto marks, numbers, dates,
 * region codes, template formats. Each step applies the validator's own suggestion for what it
 * finds (the same functions that make the suggestions: {@link LayoutFix},
 * {@link MachineDependent}, {@link Cells#parseNumber} with {@link Units}, {@link ValueSemantics},
 * the template's format checks), logs the change and hands the result on; the steps run again
 * until the value no longer changes. What the steps found in the final value but could not fix
 * is logged (action {@code unfixable}, with the validator's message as the reason).
 *
 * <p>Most values need nothing: one scan of their characters decides that (the fast path), and the
 * region and format checks remember the last values they passed per column.
 *
 * <p>Not thread-safe; one per fix.
 */
final class CellFixer {

    /** How often the steps run on one value at most (they settle after one or two rounds). */
    private static final int MAX_STEPS = 4;

    private final boolean[] on = new boolean[FixTransformation.values().length];
    private final ValueSemantics semantics;
    private final FixLog log;
    private final boolean xlsx;
    private final Cells.Scan scan = new Cells.Scan();
    private final StringBuilder num = new StringBuilder();
    private final StringBuilder unit = new StringBuilder();

    // where the value is
    private long line;
    private long row;
    private int column;
    private String header;
    /** Whether steps apply (true) or report what they cannot fix (false). */
    private boolean apply;
    /** Whether nothing is logged (names computed for the plan). */
    private boolean silent;
    /** What the steps of the current round found but could not fix: rule, transformation, key, args. */
    private final List<Object[]> pending = new ArrayList<>();

    CellFixer(Set<FixTransformation> on, ValueSemantics semantics, FixLog log, boolean xlsx) {
        for (FixTransformation t : on) {
            this.on[t.ordinal()] = true;
        }
        this.semantics = semantics;
        this.log = log;
        this.xlsx = xlsx;
    }

    boolean on(FixTransformation t) {
        return on[t.ordinal()];
    }

    private static final int LAYOUT_FLAGS = Cells.S_LEAD_SPACE | Cells.S_TRAIL_SPACE | Cells.S_MULTI_SPACE
            | Cells.S_INVISIBLE | Cells.S_DEPENDENT | Cells.S_FW_DIGIT;

    /**
     * Whether no step can change the value or find anything in it, decided on its scan flags: no
     * layout spaces, machine-dependent characters or full-width letters and digits, no ditto mark,
     * a clean number where numbers are expected, not a date to convert, a region value or template
     * value that the column's checks pass, and nothing a spreadsheet would run as a formula. Such
     * a value is written as it was read.
     *
     * @param v the value (a string, or a slice of the record's characters)
     * @param f the value's {@link Cells#scan} flags
     */
    boolean untouched(CharSequence v, FixPlan.In c, int f) {
        if ((f & LAYOUT_FLAGS) != 0 || (f & Cells.S_NEWLINE) != 0 && on(FixTransformation.JOIN_LINES)) {
            return false;
        }
        int n = v.length();
        if ((f & Cells.S_FW_ASCII) != 0
                || (f & Cells.S_NON_ASCII) != 0 && (f & Cells.S_SPACE) != 0 && n >= 5 && Cells.spacedOut(v.toString())) {
            return false;
        }
        char c0 = v.charAt(0);
        if (!plainStart(c0) && (n <= 12 && Cells.mayBeDitto(c0) || CsvFormulas.startsFormula(v))) {
            return false;
        }
        boolean digit = (f & Cells.S_DIGIT) != 0;
        boolean counted = (f & (FixCounts.CLEAN_NUMBER | FixCounts.DATE_LIKE | FixCounts.COUNTED)) != 0;
        boolean clean = counted ? (f & FixCounts.CLEAN_NUMBER) != 0
                : digit && (f & Cells.S_NUMERIC_CHARS_ONLY) != 0 && isClean(v);
        if (c.numeric && !clean || c.timeColumn && n == 4 || c.dateColumn && !FixCounts.isoDate(v)) {
            return false;
        }
        if (digit && !clean && (counted ? (f & FixCounts.DATE_LIKE) != 0
                : (f & (Cells.S_DATE_CHAR | Cells.S_SEPARATOR | Cells.S_NON_ASCII)) != 0
                && VocabSemantics.looksLikeDate(v)) && !FixCounts.isoDate(v)) {
            return false;
        }
        if (c.region != ValueSemantics.Region.NONE && !quickCoordinate(c.region, f)
                && !(c.regionPassed != null && c.regionPassed.contentEquals(v))
                && !semantics.regionFindsNothing(c.region, v)) {
            return false;
        }
        if (c.checker != null && on(FixTransformation.TEMPLATE_FORMATS)) {
            for (String ok : c.formatPassed) {
                if (ok != null && ok.contentEquals(v)) {
                    return true;
                }
            }
            // the check itself (as the validator calls it, on the characters): a valid value needs nothing
            return c.checker.check(v).isValid();
        }
        return true;
    }

    /**
     * Whether a value starting with {@code c} can start neither a ditto mark ({@link Cells#mayBeDitto})
     * nor a formula ({@link CsvFormulas#startsFormula}: not a space, not one of {@code = + - @}, their
     * full-width forms, tab or CR): ASCII letters and digits but {@code d}, {@code D}, and kana, kanji
     * and the rest up to U+FEFF but 仝同上左. Decided on the one character, before the two checks.
     */
    static boolean plainStart(char c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9' || (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && c != 'd' && c != 'D';
        }
        return c >= 0x3040 && c < 0xFF00 && c != '仝' && c != '同' && c != '上' && c != '左';
    }

    /** Flags that leave a value to the whole {@link #untouched} check (see {@link #quickUntouched}). */
    private static final int QUICK_REJECT = LAYOUT_FLAGS | Cells.S_FW_ASCII | Cells.S_NEWLINE;
    private static final int NON_ASCII_SPACE = Cells.S_NON_ASCII | Cells.S_SPACE;

    /**
     * Whether the values of a column may take {@link #quickUntouched}: not a date or time column,
     * no region but latitude or longitude, no template check.
     */
    boolean quickColumn(FixPlan.In c) {
        return !c.dateColumn && !c.timeColumn && !(c.checker != null && on(FixTransformation.TEMPLATE_FORMATS))
                && (c.region == ValueSemantics.Region.NONE || c.region == ValueSemantics.Region.LATITUDE
                || c.region == ValueSemantics.Region.LONGITUDE);
    }

    /**
     * {@link #untouched} decided on a non-empty value's first character and its flags alone (those of
     * {@link FixCounts#flags}), for a value of a {@link #quickColumn}: true only where
     * {@link #untouched} is true ({@code FixShortcutProperties}); false leaves the value to it. No
     * layout spaces, line breaks or full-width letters and digits, no spaces among non-ASCII
     * characters, a {@link #plainStart}, a clean number where numbers are expected and no date to
     * convert, a coordinate the validator found plausible.
     */
    static boolean quickUntouched(char c0, int f, boolean numeric, ValueSemantics.Region region) {
        if ((f & QUICK_REJECT) != 0 || (f & NON_ASCII_SPACE) == NON_ASCII_SPACE || !plainStart(c0)) {
            return false;
        }
        if ((f & Cells.S_DIGIT) == 0 ? numeric : (f & FixCounts.CLEAN_NUMBER) == 0
                && (numeric || (f & (FixCounts.COUNTED | FixCounts.DATE_LIKE)) != FixCounts.COUNTED)) {
            return false;
        }
        return region == ValueSemantics.Region.NONE || quickCoordinate(region, f);
    }

    /** The validator found the value (the whole field) a plausible coordinate of this kind already. */
    private static boolean quickCoordinate(ValueSemantics.Region r, int f) {
        return r == ValueSemantics.Region.LATITUDE ? (f & CellChecks.QUICK_LATITUDE) != 0
                : r == ValueSemantics.Region.LONGITUDE && (f & CellChecks.QUICK_LONGITUDE) != 0;
    }

    private static boolean isClean(CharSequence v) {
        int i = v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
        boolean point = false;
        int digits = 0;
        for (; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits++;
            } else if (ch == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    /** The scan flags of a value. */
    int flags(String v) {
        char[] a = v.toCharArray();
        Cells.scan(a, 0, a.length, scan);
        return scan.flags;
    }

    /**
     * Fixes one data value.
     *
     * @param flags the value's {@link Cells#scan} flags, or -1 when not known
     * @param above the value written above in the same output column (for ditto marks), or null
     * @param marks receives the secrecy marks of a numeric column
     */
    String value(String v, int flags, FixPlan.In c, long line, long row, String above, Map<String, Long> marks) {
        if (v.isEmpty() || untouched(v, c, flags < 0 ? flags(v) : flags)) {
            return v;
        }
        this.line = line;
        this.row = row;
        this.column = c.index + 1;
        this.header = c.rawName;
        apply = true;
        String cur = v;
        boolean settled = false;
        for (int k = 0; k < MAX_STEPS; k++) {
            pending.clear();
            String next = steps(cur, c, above);
            if (next.equals(cur)) {
                settled = true;
                break;
            }
            cur = next;
        }
        if (settled) {
            // the last round ran on the final value: what it could not fix is what remains
            for (Object[] u : pending) {
                log.add(this.line, this.row, column, header, (String) u[0], (FixTransformation) u[1],
                        FixLog.Action.UNFIXABLE, cur, null, (String) u[2], (Object[]) u[3]);
            }
        } else {
            apply = false;
            steps(cur, c, above);
        }
        pending.clear();
        if (marks != null && c.numeric) {
            String t = Cells.trim(cur);
            if (Cells.isSymbol(t)) {
                marks.merge(t, 1L, Long::sum);
            }
        }
        return cur;
    }

    /**
     * The value {@link #value} makes, without logging anything (for the plan: what the next
     * reading of the fixed file will see).
     */
    String quietValue(String v, FixPlan.In c, String above) {
        silent = true;
        try {
            return value(v, -1, c, 0, 0, above, null);
        } finally {
            silent = false;
        }
    }

    /** The name {@link #name} makes, without logging anything. */
    String quietName(String v) {
        silent = true;
        try {
            return name(v, 0, 0);
        } finally {
            silent = false;
        }
    }

    /** Fixes one header name (layout, machine-dependent characters, full-width ASCII). */
    String name(String v, long line, int column) {
        this.line = line;
        this.row = 0;
        this.column = column;
        this.header = v;
        if (v.isEmpty()) {
            return v;
        }
        apply = true;
        String cur = v;
        for (int k = 0; k < MAX_STEPS; k++) {
            String next = fullwidth(dependent(layout(cur), false));
            if (next.equals(cur)) {
                break;
            }
            cur = next;
        }
        pending.clear();
        apply = false;
        dependent(layout(cur), false);
        return cur;
    }

    private String steps(String v, FixPlan.In c, String above) {
        String s = layout(v);
        s = dependent(s, c.properNoun);
        s = fullwidth(s);
        s = ditto(s, c, above);
        if (c.numeric) {
            s = number(s, c);
        }
        s = date(s, c);
        if (c.region != ValueSemantics.Region.NONE) {
            s = region(s, c);
        }
        if (c.checker != null) {
            s = format(s, c);
        }
        return s;
    }

    // ------------------------------------------------------------------ steps

    private String layout(String v) {
        if (v.isEmpty()) {
            return v;
        }
        char[] a = v.toCharArray();
        Cells.scan(a, 0, a.length, scan);
        int f = scan.flags;
        boolean newline = (f & Cells.S_NEWLINE) != 0;
        boolean edge = (f & (Cells.S_LEAD_SPACE | Cells.S_TRAIL_SPACE)) != 0;
        boolean multi = (f & Cells.S_MULTI_SPACE) != 0;
        boolean invisible = (f & Cells.S_INVISIBLE) != 0;
        boolean spaced = !edge && !multi && (f & Cells.S_SPACE) != 0 && Cells.spacedOut(v);
        if (newline && on(FixTransformation.JOIN_LINES)) {
            return change(v, LayoutFix.fixed(v, true), xlsx ? RuleIds.L1_06 : RuleIds.L1_14,
                    FixTransformation.JOIN_LINES);
        }
        if (!(edge || multi || invisible || spaced) || !on(FixTransformation.LAYOUT)) {
            return v;
        }
        String fixed = Cells.trim(v).isEmpty() ? "" : LayoutFix.fixed(v, false);
        return change(v, fixed, RuleIds.L1_06, FixTransformation.LAYOUT);
    }

    private String dependent(String v, boolean properNoun) {
        if (v.isEmpty()) {
            return v;
        }
        char[] a = v.toCharArray();
        Cells.scan(a, 0, a.length, scan);
        if ((scan.flags & Cells.S_DEPENDENT) == 0) {
            return v;
        }
        int mask = scan.dependentMask;
        boolean kana = (mask & (1 << CharClass.HALFWIDTH_KANA)) != 0;
        boolean other = (mask & ~(1 << CharClass.HALFWIDTH_KANA)) != 0;
        if (kana && !on(FixTransformation.HALFWIDTH_KANA) || other && !on(FixTransformation.MACHINE_DEPENDENT)) {
            return v;
        }
        MachineDependent.Result r = MachineDependent.analyse(v, properNoun);
        FixTransformation t = r.key().equals("L1-08.halfwidth-kana") || !other ? FixTransformation.HALFWIDTH_KANA
                : FixTransformation.MACHINE_DEPENDENT;
        if (r.suggestion() != null) {
            return change(v, r.suggestion(), RuleIds.L1_08, t);
        }
        unfixable(v, RuleIds.L1_08, t, r.key(), r.args());
        return v;
    }

    private String fullwidth(String v) {
        if (!on(FixTransformation.FULLWIDTH)) {
            return v;
        }
        char[] a = null;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
                if (a == null) {
                    a = v.toCharArray();
                }
                a[i] = (char) (c - 0xFEE0);
            }
        }
        if (a == null) {
            return v;
        }
        // a full-width symbol between two ASCII letters or digits is part of the same token (１．５, Ｎｏ．１)
        for (int i = 1; i + 1 < a.length; i++) {
            char c = a[i];
            if (TOKEN_SYMBOLS.indexOf(c) >= 0 && asciiAlnum(a[i - 1]) && asciiAlnum(a[i + 1] >= '\uFF01' && a[i + 1] <= '\uFF5E'
                    ? (char) (a[i + 1] - 0xFEE0) : a[i + 1])) {
                a[i] = (char) (c - 0xFEE0);
            }
        }
        return change(v, new String(a), "", FixTransformation.FULLWIDTH);
    }

    /** Full-width symbols that belong to a token of letters and digits (not brackets or Japanese punctuation). */
    private static final String TOKEN_SYMBOLS = "．，：／＋＠＿＃＆％";

    private static boolean asciiAlnum(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private String ditto(String v, FixPlan.In c, String above) {
        if (!on(FixTransformation.DITTO) || v.length() > 12) {
            return v;
        }
        String t = Cells.trim(v);
        if (t.isEmpty() || !Cells.mayBeDitto(t.charAt(0)) || !Cells.isDitto(t) || c.numeric && t.equals("-")) {
            return v;
        }
        if (above != null && !above.isEmpty() && !Cells.isDitto(Cells.trim(above))) {
            return change(v, above, RuleIds.L2_02, FixTransformation.DITTO);
        }
        unfixable(v, RuleIds.L2_02, FixTransformation.DITTO, "fix.unfixable.ditto");
        return v;
    }

    private String number(String v, FixPlan.In c) {
        if (!on(FixTransformation.NUMBERS)) {
            return v;
        }
        String t = Cells.trim(v);
        char[] a = t.toCharArray();
        if (t.isEmpty() || Cells.isCleanNumber(a, 0, a.length) || Cells.isSymbol(t)) {
            return v;
        }
        int r = Cells.parseNumber(a, 0, a.length, num, unit);
        if (r == Cells.N_NOT_NUMBER) {
            if (c.numericStrong && !c.typeFromTemplate && !VocabSemantics.looksLikeDate(t)) {
                unfixable(v, RuleIds.L2_01, FixTransformation.NUMBERS, "L2-01.text");
            }
            return v;
        }
        if (r == Cells.N_CLEAN) {
            return v;
        }
        if ((r & Cells.N_PREFIX) != 0) {
            unfixable(v, RuleIds.L2_01, FixTransformation.NUMBERS, "L2-01.prefix");
            return v;
        }
        String plain = num.toString();
        if ((r & Cells.N_UNIT) != 0) {
            String u = unit.toString();
            plain = Units.inColumnUnit(c.unitName(), plain, u);
            if (plain == null) {
                unfixable(v, RuleIds.L2_01, FixTransformation.NUMBERS, "L2-01.unit.unstated", u);
                return v;
            }
        }
        if ((r & Cells.N_FOOTNOTE) != 0 && (t.indexOf('¹') >= 0 || t.indexOf('²') >= 0 || t.indexOf('³') >= 0)) {
            unfixable(v, RuleIds.L2_01, FixTransformation.NUMBERS, "L2-01.footnote.superscript");
            return v;
        }
        return change(v, plain, RuleIds.L2_01, FixTransformation.NUMBERS);
    }

    private String date(String v, FixPlan.In c) {
        if (!on(FixTransformation.DATES)) {
            return v;
        }
        String t = Cells.trim(v);
        if (t.isEmpty()) {
            return v;
        }
        if (VocabSemantics.looksLikeDate(t)) {
            Issue d = semantics.date(t);
            if (d == null) {
                return v;
            }
            if (d.suggestion() != null) {
                return change(v, d.suggestion(), RuleIds.L3_05, FixTransformation.DATES);
            }
            unfixable(v, RuleIds.L3_05, FixTransformation.DATES, d.key(), d.args().toArray());
            return v;
        }
        if (c.timeColumn) {
            String padded = paddedTime(t);
            if (padded != null) {
                return change(v, padded, RuleIds.L3_05, FixTransformation.DATES);
            }
        }
        if (c.dateColumn && !Cells.isSymbol(t) && !FixRun.isTime(t) && !FixCounts.isoDate(t)) {
            unfixable(v, RuleIds.L3_05, FixTransformation.DATES, "fix.unfixable.not-a-date");
        }
        return v;
    }

    /** {@code 9:05} → {@code 09:05}; null when not a one-digit hour and two-digit minutes. */
    static String paddedTime(String t) {
        if (t.length() == 4 && t.charAt(1) == ':' && isDigit(t.charAt(0)) && isDigit(t.charAt(2))
                && isDigit(t.charAt(3)) && t.charAt(2) <= '5') {
            return "0" + t;
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String region(String v, FixPlan.In c) {
        if (!on(FixTransformation.CODES)) {
            return v;
        }
        String t = Cells.trim(v);
        if (t.isEmpty() || t.equals(c.regionPassed) || semantics.regionFindsNothing(c.region, t)) {
            return v;
        }
        Issue r = semantics.region(c.region, t);
        if (r == null) {
            c.regionPassed = t;
            return v;
        }
        if (r.suggestion() != null) {
            return change(v, r.suggestion(), r.rule(), FixTransformation.CODES);
        }
        unfixable(v, r.rule(), FixTransformation.CODES, r.key(), r.args().toArray());
        return v;
    }

    private String format(String v, FixPlan.In c) {
        if (!on(FixTransformation.TEMPLATE_FORMATS)) {
            return v;
        }
        String t = Cells.trim(v);
        if (t.isEmpty()) {
            return v;
        }
        FormatResult r = c.checker.check(t);
        if (r.isValid()) {
            c.formatPassed[c.formatNext++ & 3] = t;
        }
        if (r instanceof FormatResult.Invalid bad) {
            String rule = TemplateConformance.constraint(bad.messageKey()) ? RuleIds.CONSTRAINT_ERROR
                    : RuleIds.TYPE_ERROR;
            if (bad.suggestion().isPresent()) {
                return change(v, bad.suggestion().get(), rule, FixTransformation.TEMPLATE_FORMATS);
            }
            unfixable(v, rule, FixTransformation.TEMPLATE_FORMATS, bad.messageKey(), bad.arguments().toArray());
        }
        return v;
    }

    // ------------------------------------------------------------------ logging

    private String change(String before, String after, String rule, FixTransformation t) {
        if (!apply || after.equals(before)) {
            return before;
        }
        if (silent) {
            return after;
        }
        log.add(line, row, column, header, rule, t, row == 0 ? FixLog.Action.RENAMED : FixLog.Action.CHANGED,
                before, after, null);
        return after;
    }

    private void unfixable(String v, String rule, FixTransformation t, String key, Object... args) {
        if (silent) {
            return;
        }
        if (apply) {
            pending.add(new Object[] {rule, t, key, args});
            return;
        }
        log.add(line, row, column, header, rule, t, FixLog.Action.UNFIXABLE, v, null, key, args);
    }
}
