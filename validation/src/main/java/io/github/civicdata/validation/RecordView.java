package io.github.civicdata.validation;

import java.util.Arrays;

/**
 * One record (row) of a table as the checks see it: the fields' characters in one shared array
 * (no per-field string), per-field flags, and where the record is. The CSV tokenizer and the
 * XLSX reader fill it; the same instance is reused for every record, so a checker that keeps a
 * record must {@link #copy()} it.
 *
 * <p>Limits: at most {@code maxColumns} fields are stored (the rest are counted), at most
 * {@code maxFieldLength} characters of a field and {@code maxLineLength} characters of the whole
 * record are stored (the rest are counted and the field is flagged {@link #F_TRUNCATED}).
 *
 * <p>Not thread-safe.
 */
final class RecordView {

    // field flags
    static final int F_QUOTED = 1;
    static final int F_NEWLINE = 1 << 1;
    static final int F_TRUNCATED = 1 << 2;
    static final int F_STRAY_QUOTE = 1 << 3;
    static final int F_AFTER_QUOTE = 1 << 4;
    static final int F_UNTERMINATED = 1 << 5;
    static final int F_XL_NUMBER = 1 << 6;
    static final int F_XL_FORMULA = 1 << 7;
    static final int F_XL_BOOLEAN = 1 << 8;
    static final int F_XL_ERROR = 1 << 9;
    static final int F_XL_STRING = 1 << 10;
    static final int F_XL_DATE = 1 << 11;
    static final int F_XL_MERGED = 1 << 12;

    // record flags
    static final int R_TOO_MANY_COLUMNS = 1;
    static final int R_LINE_TOO_LONG = 1 << 1;
    /** XLSX: the row is hidden (the fixer keeps it and logs it, L1-13). */
    static final int R_HIDDEN = 1 << 2;
    static final int R_DECODE_ERRORS = 1 << 3;

    // record terminators
    static final int T_EOF = 0;
    static final int T_LF = 1;
    static final int T_CRLF = 2;
    static final int T_CR = 3;

    final int maxColumns;
    final int maxFieldLength;
    final int maxLineLength;

    long line;
    long endLine;
    int size;
    int totalFields;
    int recordFlags;
    int terminator;
    long lineLength;
    int maxActualField;
    /** Global character positions of the record in the decoded stream (CSV only). */
    long charStart;
    long charEnd;

    char[] chars;
    int charLen;
    int[] start;
    int[] end;
    int[] flags;
    int[] actualLength;

    /** An invalid byte sequence inside this record. */
    record DecodeHit(int field, long byteOffset, String hex) {
    }

    /** Invalid byte sequences of the record (null when none). */
    java.util.List<DecodeHit> decodeErrors;
    /** Invalid byte sequences beyond those listed. */
    int decodeErrorsDropped;
    /** XLSX: the highlighting signature of each field (0 = plain); null for CSV. */
    int[] style;
    /** XLSX: the formula of each field that has one (its start, as written), else null; null when none has. */
    String[] formula;
    /**
     * The fixer's copy of a data row: the {@link Cells#scan} flags the validator's cell checks
     * made of its fields ({@link CellChecks#SCANNED} marks a field that was scanned), or null.
     * Valid when {@link #fixScanned}; never copied by {@link #copy} or {@link #copyInto}.
     */
    int[] fixScans;
    boolean fixScanned;

    private int curStart;
    private int curActual;
    private boolean inField;

    RecordView(int maxColumns, int maxFieldLength, int maxLineLength) {
        this(maxColumns, maxFieldLength, maxLineLength, true);
    }

    /** With {@code buffers} false the arrays are left null, for {@link #copy} to fill. */
    private RecordView(int maxColumns, int maxFieldLength, int maxLineLength, boolean buffers) {
        this.maxColumns = maxColumns;
        this.maxFieldLength = maxFieldLength;
        this.maxLineLength = maxLineLength;
        if (!buffers) {
            return;
        }
        this.chars = new char[1024];
        int n = Math.min(64, maxColumns);
        this.start = new int[n];
        this.end = new int[n];
        this.flags = new int[n];
        this.actualLength = new int[n];
    }

    void reset(long line) {
        this.line = line;
        this.endLine = line;
        this.size = 0;
        this.totalFields = 0;
        this.recordFlags = 0;
        this.terminator = T_EOF;
        this.lineLength = 0;
        this.maxActualField = 0;
        this.charLen = 0;
        this.inField = false;
        this.decodeErrors = null;
        this.decodeErrorsDropped = 0;
        this.scanned = false;
        if (formula != null) {
            Arrays.fill(formula, null);
        }
    }

    /**
     * Whether {@link #scanFlags} and {@link #scanDependentMask} hold {@link Cells#scan} of each
     * non-empty field: computed by {@link #scanFields} on the reading thread of a pipeline, so that
     * the checking thread need not; false after {@link #reset} and in copies (the checks scan then).
     */
    boolean scanned;
    int[] scanFlags;
    int[] scanDependentMask;

    /**
     * Set in {@link #scanFlags} (beside {@link Cells#scan}'s flags, none of which uses this bit):
     * the field is a plain number, {@link Cells#isCleanNumber} of the whole field.
     */
    static final int SCAN_CLEAN_NUMBER = CellChecks.CLEAN;

    /**
     * Scans every non-empty field once ({@link Cells#scan}, and {@link Cells#isCleanNumber}:
     * {@link #SCAN_CLEAN_NUMBER}) and keeps the results with the record.
     */
    void scanFields(Cells.Scan scratch) {
        if (scanFlags == null || scanFlags.length < size) {
            scanFlags = new int[Math.max(size, start.length)];
            scanDependentMask = new int[scanFlags.length];
        }
        scanInto(scratch, scanFlags, scanDependentMask);
        scanned = true;
    }

    /**
     * What {@link #scanFields} computes, into the caller's arrays (at least {@link #size} long;
     * entries of empty fields are left as they were), without marking the record scanned: for the
     * checks of a record that no reading thread scanned.
     */
    void scanInto(Cells.Scan scratch, int[] flagsOut, int[] dependentOut) {
        for (int i = 0; i < size; i++) {
            int s = start[i];
            int e = end[i];
            if (e > s) {
                Cells.scan(chars, s, e, scratch);
                int f = scratch.flags;
                if (Cells.isCleanNumber(chars, s, e)) { // stops at the first character of most text
                    f |= SCAN_CLEAN_NUMBER;
                }
                flagsOut[i] = f;
                dependentOut[i] = scratch.dependentMask;
            }
        }
    }

    /**
     * Whether field i is a plain number ({@link Cells#isCleanNumber}; false for an empty or absent
     * field): read from {@link #scanFlags} when {@link #scanned}.
     */
    boolean cleanNumber(int i) {
        if (i >= size || end[i] == start[i]) {
            return false;
        }
        return scanned ? (scanFlags[i] & SCAN_CLEAN_NUMBER) != 0 : Cells.isCleanNumber(chars, start[i], end[i]);
    }

    /** Records the formula of the last field added (XLSX). */
    void formulaOfLast(String text) {
        if (size == 0 || text == null) {
            return;
        }
        if (formula == null || formula.length < start.length) {
            formula = formula == null ? new String[start.length] : Arrays.copyOf(formula, start.length);
        }
        formula[size - 1] = text;
    }

    /** The formula of field {@code i} (XLSX), or null. */
    String formula(int i) {
        return formula == null || i >= formula.length ? null : formula[i];
    }

    void beginField() {
        totalFields++;
        inField = true;
        curStart = charLen;
        curActual = 0;
    }

    /**
     * Fills the record, just {@link #reset}, with one whole unquoted line in one go: the fields are
     * {@code src[from, to)} cut at the {@code n} delimiter positions {@code cuts[0..n)}; the same
     * fields, flags, lengths and limits as {@link #beginField}, {@link #append(char[], int, int)}
     * and {@link #endField} field by field with no flags, but the line is copied whole, delimiters
     * included (one copy instead of one per field: issue 16), so the fields keep one character
     * between them and {@link #charLen} counts those too. Only when no limit is reached; otherwise
     * returns false and changes nothing, and the caller takes the field-by-field way.
     */
    boolean plainLine(char[] src, int from, int to, int[] cuts, int n) {
        int fields = n + 1;
        int content = to - from - n;
        if (fields > maxColumns || content > maxLineLength) {
            return false;
        }
        int longest = 0;
        int s = from;
        for (int f = 0; f < n; f++) {
            int e = cuts[f];
            longest = Math.max(longest, e - s);
            s = e + 1;
        }
        longest = Math.max(longest, to - s);
        if (longest > maxFieldLength) {
            return false;
        }
        int total = to - from;
        ensureChars(total);
        ensureFields(fields);
        System.arraycopy(src, from, chars, 0, total);
        final int[] st = start;
        final int[] en = end;
        final int[] fl = flags;
        final int[] al = actualLength;
        s = 0;
        for (int f = 0; f < n; f++) {
            int e = cuts[f] - from;
            st[f] = s;
            en[f] = e;
            fl[f] = 0;
            al[f] = e - s;
            s = e + 1;
        }
        st[n] = s;
        en[n] = total;
        fl[n] = 0;
        al[n] = total - s;
        charLen = total;
        lineLength = content;
        size = fields;
        totalFields = fields;
        maxActualField = longest;
        inField = false;
        return true;
    }

    /** Appends characters of the current field, honouring the limits. */
    void append(char[] src, int off, int n) {
        if (n <= 0) {
            return;
        }
        lineLength += n;
        long newActual = (long) curActual + n;
        curActual = newActual > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) newActual;
        if (totalFields > maxColumns) {
            return;
        }
        int stored = charLen - curStart;
        int room = Math.min(maxFieldLength - stored, maxLineLength - charLen);
        if (room <= 0) {
            return;
        }
        int take = Math.min(room, n);
        ensureChars(charLen + take);
        System.arraycopy(src, off, chars, charLen, take);
        charLen += take;
    }

    void append(char c) {
        lineLength++;
        if (curActual < Integer.MAX_VALUE) {
            curActual++;
        }
        if (totalFields > maxColumns) {
            return;
        }
        if (charLen - curStart >= maxFieldLength || charLen >= maxLineLength) {
            return;
        }
        ensureChars(charLen + 1);
        chars[charLen++] = c;
    }

    /** Ends the current field with the given flags. */
    void endField(int fieldFlags) {
        inField = false;
        if (curActual > maxActualField) {
            maxActualField = curActual;
        }
        if (totalFields > maxColumns) {
            recordFlags |= R_TOO_MANY_COLUMNS;
            return;
        }
        int f = fieldFlags;
        if (curActual > maxFieldLength) {
            f |= F_TRUNCATED;
        }
        if (lineLength > maxLineLength) {
            recordFlags |= R_LINE_TOO_LONG;
        }
        ensureFields(size + 1);
        start[size] = curStart;
        end[size] = charLen;
        flags[size] = f;
        actualLength[size] = curActual;
        size++;
    }

    /** Adds a whole field (XLSX) with its highlighting signature. */
    void addField(String value, int fieldFlags, int styleSignature) {
        addField(value, value.length(), fieldFlags, styleSignature);
    }

    /**
     * Adds a whole field (XLSX) that may have been cut before it got here: {@code realLength} is
     * its length in the file (at least {@code value}'s), counted against the limits.
     */
    void addField(String value, int realLength, int fieldFlags, int styleSignature) {
        beginField();
        int n = value.length();
        ensureScratch(n);
        value.getChars(0, n, scratch, 0);
        append(scratch, 0, n);
        if (realLength > n) {
            lineLength += realLength - n;
            curActual = (int) Math.min(Integer.MAX_VALUE, (long) curActual + realLength - n);
        }
        endField(fieldFlags);
        if (totalFields <= maxColumns) {
            if (style == null || style.length < start.length) {
                style = style == null ? new int[start.length] : Arrays.copyOf(style, start.length);
            }
            style[size - 1] = styleSignature;
        }
    }

    private char[] scratch = new char[0];

    private void ensureScratch(int n) {
        if (scratch.length < n) {
            scratch = new char[Math.max(n, 64)];
        }
    }

    boolean inField() {
        return inField;
    }

    private void ensureChars(int n) {
        if (n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(n, Math.min(chars.length * 2, Math.max(n, maxLineLength))));
        }
    }

    private void ensureFields(int n) {
        if (n > start.length) {
            int cap = Math.min(Math.max(n, start.length * 2), Math.max(n, maxColumns));
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            flags = Arrays.copyOf(flags, cap);
            actualLength = Arrays.copyOf(actualLength, cap);
        }
    }

    int length(int i) {
        return end[i] - start[i];
    }

    boolean isEmpty(int i) {
        return i >= size || end[i] == start[i];
    }

    String text(int i) {
        return i >= size ? "" : new String(chars, start[i], end[i] - start[i]);
    }

    /** Number of non-empty fields. */
    int nonEmpty() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (end[i] > start[i]) {
                n++;
            }
        }
        return n;
    }

    /** Whether every field is empty (a blank line or a row of delimiters only). */
    boolean isBlank() {
        for (int i = 0; i < size; i++) {
            if (end[i] > start[i]) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first non-empty field, or -1. */
    int firstNonEmpty() {
        for (int i = 0; i < size; i++) {
            if (end[i] > start[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last non-empty field, or -1. */
    int lastNonEmpty() {
        for (int i = size - 1; i >= 0; i--) {
            if (end[i] > start[i]) {
                return i;
            }
        }
        return -1;
    }

    /** A deep copy, trimmed to the used sizes. */
    RecordView copy() {
        RecordView r = new RecordView(maxColumns, maxFieldLength, maxLineLength, false);
        r.line = line;
        r.endLine = endLine;
        r.size = size;
        r.totalFields = totalFields;
        r.recordFlags = recordFlags;
        r.terminator = terminator;
        r.lineLength = lineLength;
        r.maxActualField = maxActualField;
        r.charStart = charStart;
        r.charEnd = charEnd;
        r.chars = Arrays.copyOf(chars, charLen);
        r.charLen = charLen;
        r.start = Arrays.copyOf(start, size);
        r.end = Arrays.copyOf(end, size);
        r.flags = Arrays.copyOf(flags, size);
        r.actualLength = Arrays.copyOf(actualLength, size);
        r.style = style == null ? null : Arrays.copyOf(style, size);
        r.formula = formula == null ? null : Arrays.copyOf(formula, Math.min(size, formula.length));
        r.decodeErrors = decodeErrors == null ? null : java.util.List.copyOf(decodeErrors);
        r.decodeErrorsDropped = decodeErrorsDropped;
        return r;
    }

    /** Copies the fields (not the decoding errors) into {@code dst}, reusing its arrays. */
    void copyInto(RecordView dst) {
        dst.scanned = false;
        dst.line = line;
        dst.endLine = endLine;
        dst.size = size;
        dst.totalFields = totalFields;
        dst.recordFlags = recordFlags;
        if (dst.chars.length < charLen) {
            dst.chars = new char[Math.max(charLen, dst.chars.length * 2)];
        }
        System.arraycopy(chars, 0, dst.chars, 0, charLen);
        dst.charLen = charLen;
        if (dst.start.length < size) {
            dst.start = new int[size];
            dst.end = new int[size];
            dst.flags = new int[size];
            dst.actualLength = new int[size];
        }
        System.arraycopy(start, 0, dst.start, 0, size);
        System.arraycopy(end, 0, dst.end, 0, size);
        System.arraycopy(flags, 0, dst.flags, 0, size);
        System.arraycopy(actualLength, 0, dst.actualLength, 0, size);
    }

    /** Whether {@link #shrink} would change anything: arrays beyond the size kept, or decoding errors held. */
    boolean oversized(int maxChars) {
        return chars.length > maxChars || start.length > maxChars / 16 || decodeErrors != null;
    }

    /**
     * Drops arrays that grew beyond {@code maxChars} characters (or as many fields) for small ones;
     * the record's content is lost, so only for a pooled record that has been checked.
     */
    void shrink(int maxChars) {
        if (chars.length > maxChars) {
            chars = new char[1024];
            charLen = 0;
        }
        if (start.length > maxChars / 16) {
            int n = Math.min(64, maxColumns);
            start = new int[n];
            end = new int[n];
            flags = new int[n];
            actualLength = new int[n];
            size = 0;
            scanFlags = null;
            scanDependentMask = null;
            scanned = false;
        }
        decodeErrors = null;
    }

    /** Characters held (for the look-ahead window's budget). */
    int weight() {
        return charLen + 16 * size + 64;
    }
}
