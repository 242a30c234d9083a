package io.github.civicdata.validation;

import io.github.civicdata.core.ColumnSummary;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is known about one column of a table: its header, its inferred type, and the bounded
 * statistics behind the column-level findings made at the end of the table (blank versus zero,
 * symbols, units, spelling variants of choices, implicit repeats, highlighted cells).
 *
 * <p>Memory per column is bounded (a few small maps with fixed limits).
 *
 * <p>Not thread-safe.
 */
final class ColumnProfile {

    static final byte UNKNOWN = 0;
    static final byte NUMERIC = 1;
    static final byte CODE = 2;
    static final byte TEXT = 3;

    /** Non-blank, non-symbol values needed before a type is inferred while streaming. */
    static final int DECIDE_AFTER = 10;
    /** Distinct values tracked for the choice checks. */
    static final int DISTINCT_LIMIT = 64;

    final int index;
    String header = "";
    boolean headerBlank;
    /** XLSX: the header cell is covered by a merged range (reported by L1-12, not L1-05). */
    boolean headerMerged;
    /** The column holds names or addresses: extension kanji are proper nouns there (L1-08 info). */
    boolean properNoun;
    byte type = UNKNOWN;
    /** Numbers are at least 90% of the values: text in such a column is reported. */
    boolean strongNumeric;
    /** Type fixed by a template or schema (no inference, no L2-01 on inferred grounds). */
    boolean typeFromTemplate;

    // inference counters
    int inNonBlank;
    int inClean;
    int inDirty;
    int inSymbol;
    int inLeadingZero;
    int inDecimal;

    // statistics over the whole table
    long values;
    long blanks;
    long zeros;
    long cleanNumbers;
    long dirtyNumbers;
    final Map<String, long[]> symbols = new LinkedHashMap<>();
    final Map<String, long[]> units = new LinkedHashMap<>();
    final DistinctCounter distinct = new DistinctCounter(DISTINCT_LIMIT);
    long otherDetail;
    long otherDetailRow;
    long otherDetailLine;
    String otherDetailValue;

    // plain numbers: code-like shapes, and (XLSX) numbers stored as text
    long plainNumbers;
    long leadingZeros;
    int minDigits = Integer.MAX_VALUE;
    int maxDigits;
    boolean decimals;
    long textNumbers;
    long textNumberLine;
    long textNumberRow;
    String textNumberValue;

    // running number (first column)
    long seqLast;
    long seqCount;
    boolean seqBroken;

    // implicit repeats (L2-02, leading columns)
    boolean hadValue;
    long repeatBlanks;
    long groups;
    boolean lastWasValue;
    boolean inBlankRun;
    long consecutiveEqual;
    final long[] repeatRows = new long[5];
    final long[] repeatLines = new long[5];

    // xlsx highlighting (L1-11)
    long plainCells;
    final Map<Integer, long[]> styles = new LinkedHashMap<>();

    // profile for reports (Validator.Builder#profileColumns): null / unused unless profiling
    /** Distinct values counted for the profile. */
    static final int PROFILE_DISTINCT = 100;
    /** Most frequent values shown. */
    static final int PROFILE_TOP = 5;
    DistinctCounter seen;
    long numbers;
    double minNum = Double.POSITIVE_INFINITY;
    double maxNum = Double.NEGATIVE_INFINITY;
    String minText;
    String maxText;
    /** The template column this column maps to, and its datatype (set by template conformance). */
    String templateColumn;
    String templateType;
    /** Whether the template or schema types the column as a period (one ISO 8601 interval per cell). */
    boolean period;

    ColumnProfile(int index) {
        this.index = index;
    }

    /** Counts a non-empty value for the profile (profiling only). */
    void observe(char[] a, int s, int e, long row) {
        seen.add(a, s, e, row);
        if (Cells.isCleanNumber(a, s, e) && e - s <= 40) {
            double d;
            try {
                d = Double.parseDouble(new String(a, s, e - s));
            } catch (NumberFormatException ex) {
                return;
            }
            numbers++;
            if (d < minNum) {
                minNum = d;
                minText = new String(a, s, e - s);
            }
            if (d > maxNum) {
                maxNum = d;
                maxText = new String(a, s, e - s);
            }
        }
    }

    /** The profile of this column for reports; values left out when {@code hideValues}. */
    ColumnSummary summary(boolean hideValues) {
        String t = templateType != null ? templateType : switch (type) {
            case NUMERIC -> "number";
            case CODE -> "code";
            case TEXT -> "text";
            default -> "unknown";
        };
        boolean numeric = numbers > 0 && numbers == values && type != CODE;
        List<ColumnSummary.ValueCount> top = List.of();
        if (!hideValues && !numeric) {
            top = seen.entries().stream()
                    .sorted(Comparator.comparingLong(DistinctCounter.Entry::count).reversed())
                    .limit(PROFILE_TOP)
                    .map(x -> new ColumnSummary.ValueCount(x.value(), x.count()))
                    .toList();
        }
        return new ColumnSummary(index + 1, header, values, blanks, seen.size(), seen.overflow(), t,
                Optional.ofNullable(templateColumn),
                hideValues || !numeric ? Optional.empty() : Optional.ofNullable(minText),
                hideValues || !numeric ? Optional.empty() : Optional.ofNullable(maxText), top);
    }

    /** Counts one value for type inference (before the type is decided). */
    void infer(char[] a, int s, int e, StringBuilder n, StringBuilder u) {
        inNonBlank++;
        if (Cells.isCleanNumber(a, s, e)) {
            inClean++;
            if (e - s > 1 && a[s] == '0' && a[s + 1] != '.') {
                inLeadingZero++;
            }
            for (int i = s; i < e; i++) {
                if (a[i] == '.') {
                    inDecimal++;
                    break;
                }
            }
            return;
        }
        String t = Cells.trim(new String(a, s, e - s));
        if (Cells.isSymbol(t)) {
            inSymbol++;
            return;
        }
        char[] tc = t.toCharArray();
        int r = Cells.parseNumber(tc, 0, tc.length, n, u);
        if (r != Cells.N_NOT_NUMBER) {
            inDirty++; // a defect, or spaces around a plain number (" 12", "500 ")
        }
    }

    /** Decides the type if there is enough evidence, or when {@code force} and there is any. */
    void decide(boolean force) {
        if (type != UNKNOWN || typeFromTemplate) {
            return;
        }
        int base = inNonBlank - inSymbol;
        if (base <= 0 || (base < DECIDE_AFTER && !force)) {
            return;
        }
        if (force && base < 3) {
            return;
        }
        int nums = inClean + inDirty;
        if (nums * 10 >= base * 8) {
            if (inDirty == 0 && inLeadingZero > 0 && inDecimal == 0) {
                type = CODE;
            } else {
                type = NUMERIC;
                strongNumeric = nums * 10 >= base * 9;
            }
        } else {
            type = TEXT;
        }
    }

    /** Records the shape of a plain number of the column (a clean number, {@link Cells#isCleanNumber}). */
    void plainNumber(char[] a, int s, int e) {
        plainNumbers++;
        int b = s;
        if (b < e && (a[b] == '-' || a[b] == '+')) {
            b++;
        }
        int digits = 0;
        for (int i = b; i < e; i++) {
            if (a[i] == '.') {
                decimals = true;
            } else {
                digits++;
            }
        }
        if (e - b > 1 && a[b] == '0' && a[b + 1] != '.') {
            leadingZeros++;
        }
        minDigits = Math.min(minDigits, digits);
        maxDigits = Math.max(maxDigits, digits);
    }

    /**
     * Whether the column holds codes rather than quantities: its name says so ({@link CodeColumns}),
     * a number has a leading zero, or every number has the same number of digits (at least four,
     * no decimals, at least three values: {@code 1001}, {@code 1002} …).
     */
    boolean codeLike(String name) {
        return type == CODE || inLeadingZero > 0 || leadingZeros > 0 || CodeColumns.byName(name)
                || (plainNumbers >= 3 && !decimals && minDigits == maxDigits && minDigits >= 4);
    }

    static void count(Map<String, long[]> m, String key, long row, int limit) {
        long[] c = m.get(key);
        if (c == null) {
            if (m.size() >= limit) {
                return;
            }
            m.put(key, new long[] {1, row});
        } else {
            c[0]++;
        }
    }
}
