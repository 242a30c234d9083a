package io.github.civicdata.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the header row of a table from the rows buffered at its head, by evidence rather than
 * by position: when title, note or key-value rows above the data look alike (作成日,2024-04-01 /
 * 単位,人 / 地区,人口,世帯数), the header is the row that
 *
 * <ul>
 *   <li>spans the columns the rows below it fill (a title or a key-value row covers only part of
 *       them);
 *   <li>holds labels (text, not numbers or dates) where the rows below hold numbers or dates;
 *   <li>holds no value that comes again in its column below (data rows repeat choices, a header
 *       does not);
 *   <li>has names known as data items of the vocabulary or columns of the template;
 *   <li>has a title row (one cell, often merged across the table) somewhere above it.
 * </ul>
 *
 * <p>Each candidate (a row with at least half as many cells as the table is wide) gets a score
 * from these signals. The first candidate is kept unless a later one, before the data proper
 * begins, scores clearly higher ({@link #MARGIN}): ties go to the earlier row, as a reader would
 * take them. The data proper begins at the first candidate with labels over typed columns whose
 * rows below fill exactly its columns with consistently typed values: later rows are data (or a
 * second table, L1-02).
 * Rows narrower than the table that start like a note or a metadata key ({@code ※},
 * {@code 出典}, {@code 作成日}, {@code タイトル} …) and total rows are never candidates; a
 * key-value row as wide as the table is one with a penalty.
 *
 * <p>A header row stated with {@code headerRow} is taken as it is; this class is not asked.
 *
 * <p>Stateless apart from its inputs; one instance per decision. Not thread-safe.
 */
final class HeaderChoice {

    /** Rows of the head window looked at as candidates. */
    static final int MAX_CANDIDATE_ROWS = 50;
    /** Non-blank rows below a candidate that its score looks at. */
    static final int BLOCK_ROWS = 12;
    /** Columns of a row that are matched against the vocabulary (the rest count as unknown). */
    static final int MAX_NAMED_COLUMNS = 64;
    /** How much higher a later candidate must score to be taken over an earlier one. */
    static final double MARGIN = 0.6;

    /** The decision. */
    record Choice(int index, int typedColumns, int labelledColumns, int knownNames) {
    }

    private final List<RecordView> rows;
    private final int[] ne;
    private final ValueSemantics semantics;
    private final Conformance conformance;
    private final CharSlice slice = new CharSlice();
    private final StringBuilder num = new StringBuilder();
    private final StringBuilder unit = new StringBuilder();

    HeaderChoice(List<RecordView> rows, int[] ne, ValueSemantics semantics, Conformance conformance) {
        this.rows = rows;
        this.ne = ne;
        this.semantics = semantics;
        this.conformance = conformance;
    }

    /** The robust width of the window: the number of cells that three rows in four reach at most. */
    static int robustWidth(int[] ne) {
        int n = ne.length;
        int[] sorted = ne.clone();
        int nonBlank = 0;
        for (int v : ne) {
            if (v > 0) {
                nonBlank++;
            }
        }
        if (nonBlank == 0) {
            return 0;
        }
        java.util.Arrays.sort(sorted);
        return sorted[n - 1 - (nonBlank - 1) / 4];
    }

    /** The header chosen by evidence; the window holds at least one non-blank row. */
    Choice choose() {
        int n = rows.size();
        int robust = robustWidth(ne);
        int need = Math.max(2, (robust + 1) / 2);
        int firstNonBlank = -1;
        for (int i = 0; i < n; i++) {
            if (ne[i] > 0) {
                firstNonBlank = i;
                break;
            }
        }
        if (robust <= 1) {
            return new Choice(firstNonBlank, 0, 0, 0);
        }
        int best = -1;
        double bestScore = 0;
        Signals bestSignals = null;
        int limit = Math.min(n, MAX_CANDIDATE_ROWS);
        for (int i = 0; i < limit; i++) {
            if (ne[i] < need || !candidate(rows.get(i), robust)) {
                continue;
            }
            Signals s = signals(i);
            if (s == null) {
                continue; // nothing below it
            }
            double score = s.score();
            if (best < 0 || score > bestScore + MARGIN && (s.known > 0 || s.typedColumns > 0 && s.block.length >= 3
                    || !dataAbove(best, i, s.block, robust, need))) {
                best = i;
                bestScore = score;
                bestSignals = s;
            }
            if (s.settled || i > best + BLOCK_ROWS) {
                break; // the data proper has begun
            }
        }
        if (best < 0) {
            // the old rule: the first row that is wide enough (or simply the first row)
            for (int i = 0; i < n; i++) {
                if (ne[i] >= need) {
                    return new Choice(i, 0, 0, 0);
                }
            }
            return new Choice(firstNonBlank, 0, 0, 0);
        }
        return new Choice(best, bestSignals.typedColumns, bestSignals.labels, bestSignals.known);
    }

    /**
     * Rows that are never a header: metadata key-value rows and notes narrower than the table (a
     * key such as {@code 作成日}, {@code 単位}, {@code 出典}, or a note mark such as {@code ※} in the
     * first cell, at most three cells). As wide as the table, such a row is a candidate with a
     * penalty (a date column may well be called 公表日).
     */
    private static boolean candidate(RecordView r, int robust) {
        int cells = r.nonEmpty();
        String first = Cells.trim(r.text(r.firstNonEmpty()));
        if (TallyRows.isTotal(first) || TallyRows.isCumulative(first)) {
            return false; // a total row is data's sum, never names
        }
        if (cells > 3) {
            return !keyRow(r) || cells >= robust;
        }
        return cells >= robust || !(metadataKey(first) || Cells.startsLikeNote(first));
    }

    /**
     * A row of metadata keys and values: it starts with a key and has at most three cells
     * ({@code 単位,人} over {@code 地区,人口}) or holds another key ({@code 出典,住民基本台帳,,担当,市民課}).
     */
    static boolean keyRow(RecordView r) {
        int first = r.firstNonEmpty();
        if (first < 0 || !metadataKey(Cells.trim(r.text(first)))) {
            return false;
        }
        if (r.nonEmpty() <= 3) {
            return true;
        }
        for (int i = first + 1; i < Math.min(r.size, MAX_NAMED_COLUMNS); i++) {
            if (!r.isEmpty(i) && metadataKey(Cells.trim(r.text(i)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> METADATA_KEYS = Set.of("タイトル", "表題", "表名", "題名", "件名", "データ名",
            "データセット名", "ファイル名", "作成日", "作成年月日", "更新日", "更新年月日", "公開日", "公表日", "掲載日",
            "基準日", "調査日", "時点", "作成者", "作成部署", "担当", "担当課", "所管", "所管課", "提供者", "発行者",
            "ライセンス", "利用規約", "単位", "出典", "出所", "資料", "備考", "注", "注記", "調査時点",
            "created", "updated", "license");

    static boolean metadataKey(String t) {
        String k = t;
        int colon = Math.max(k.indexOf('：'), k.indexOf(':'));
        if (colon > 0) {
            k = k.substring(0, colon);
        }
        return METADATA_KEYS.contains(Cells.trim(k)) || METADATA_KEYS.contains(Cells.trim(k).toLowerCase(java.util.Locale.ROOT));
    }

    /** What the rows below a candidate say about it. */
    private static final class Signals {
        /** Share of the block's cells inside the candidate's span. */
        double fit;
        /** The candidate's cells over the width of the block. */
        double fill;
        /** Share of the candidate's cells that are labels. */
        double labelShare;
        /** Share of typed values below the candidate's labels, over all its cells. */
        double typedShare;
        /** Share of the candidate's values found again in their column below. */
        double repeatShare;
        double knownShare;
        boolean titleAbove;
        boolean settled;
        int typedColumns;
        int labels;
        int known;

        boolean keyRow;
        /** The rows under the candidate that these signals come from ({@link #block(int)}). */
        int[] block;

        double score() {
            return 2 * fit + fill + labelShare + 1.5 * typedShare + knownShare - 1.5 * repeatShare
                    + (titleAbove ? 0.25 : 0) - (keyRow ? 1 : 0);
        }
    }

    /**
     * The block below a candidate: the indexes of the next non-blank rows, up to the first blank
     * row once one row is taken (LinkData {@code #} rows right under it skipped); empty when
     * nothing is below it.
     */
    private int[] block(int i) {
        int[] block = new int[BLOCK_ROWS];
        int b = 0;
        for (int j = i + 1; j < rows.size() && b < BLOCK_ROWS; j++) {
            if (ne[j] == 0) {
                if (b > 0) {
                    break;
                }
                continue;
            }
            if (startsWithHash(rows.get(j)) && b == 0) {
                continue; // LinkData metadata rows between the header and the data
            }
            block[b++] = j;
        }
        return java.util.Arrays.copyOf(block, b);
    }

    /**
     * Whether the rows from the kept candidate {@code best} up to (not including) the later
     * candidate {@code i} are rows of the table's data: a candidate row one of whose text values
     * (not a number or date) comes again in its column in {@code below} (the rows under {@code i})
     * or in another candidate row above {@code i}, or one of whose marks ({@code *}, {@code -}) is
     * in {@code i} too. Titles, notes, key-value rows and column-number rows share no text with the
     * data or with each other (the upper row of a two-row header may share a label with the lower
     * one, {@code i} itself); the rows of a table that has no header at all do (北区,熊本市 /
     * 東区,熊本市 / 須屋,合志市 / 西区,熊本市: the one row whose values happen to be unique must not
     * become the header of the rows under it, and the rows above it must not be called titles).
     * The later candidate is then not taken, unless it has evidence of its own ({@link #choose}:
     * names the vocabulary or template knows, or labels over columns typed in at least three rows
     * under it): a stray data row above a real header does not hide the header, and a last data row
     * over one dated row does not become one.
     */
    private boolean dataAbove(int best, int i, int[] below, int robust, int need) {
        int[] above = new int[i - best];
        int a = 0;
        for (int j = best; j < i; j++) {
            if (ne[j] >= need && candidate(rows.get(j), robust)) {
                above[a++] = j;
            }
        }
        for (int x = 0; x < a; x++) {
            RecordView r = rows.get(above[x]);
            for (int c = 0; c < r.size; c++) {
                if (!r.isEmpty(c) && (sharedText(r, c, below, below.length, -1)
                        || sharedText(r, c, above, a, above[x]) || sharedSymbol(r, rows.get(i), c))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether cell {@code c} of {@code r} is a mark such as {@code *} or {@code -} that the later
     * candidate {@code h} holds in the same column: rows of marks over marks are data (男,* / 女,*),
     * where the rows of a two-row header share labels, not marks.
     */
    private static boolean sharedSymbol(RecordView r, RecordView h, int c) {
        return c < h.size && sameCell(r, h, c) && Cells.isSymbol(Cells.trim(r.text(c)));
    }

    /**
     * Whether cell {@code c} of {@code r}, a text value, comes again in its column in one of the
     * rows {@code others[0..count)} other than {@code self}.
     */
    private boolean sharedText(RecordView r, int c, int[] others, int count, int self) {
        for (int k = 0; k < count; k++) {
            if (others[k] == self) {
                continue;
            }
            RecordView d = rows.get(others[k]);
            if (c < d.size && sameCell(r, d, c) && !sameRow(r, d)) {
                return !typed(r, c); // a number or date the data happens to hold too is no sign
            }
        }
        return false;
    }

    private Signals signals(int i) {
        RecordView r = rows.get(i);
        int[] block = block(i);
        int b = block.length;
        if (b == 0) {
            return null;
        }
        Signals s = new Signals();
        s.block = block;
        int first = r.firstNonEmpty();
        int last = r.lastNonEmpty();
        long inside = 0;
        long all = 0;
        int blockSpan = 0;
        for (int k = 0; k < b; k++) {
            RecordView d = rows.get(block[k]);
            for (int c = 0; c < d.size; c++) {
                if (!d.isEmpty(c)) {
                    all++;
                    if (c >= first && c <= last) {
                        inside++;
                    }
                }
            }
            blockSpan = Math.max(blockSpan, d.lastNonEmpty() + 1);
        }
        s.fit = all == 0 ? 0 : (double) inside / all;
        int span = Math.max(blockSpan, last + 1);
        s.fill = Math.min(1.0, (double) ne[i] / Math.max(1, span));
        int labels = 0;
        int typedCols = 0;
        double typedSum = 0;
        int repeats = 0;
        int known = 0;
        boolean consistent = true;
        for (int c = 0; c < r.size; c++) {
            int values = 0;
            int typed = 0;
            for (int k = 0; k < b; k++) {
                RecordView d = rows.get(block[k]);
                if (c < d.size && !d.isEmpty(c)) {
                    values++;
                    if (typed(d, c)) {
                        typed++;
                    }
                }
            }
            if (values >= 2 && typed > 0 && typed < values) {
                consistent = false; // a column mixing types (a header or note below): not settled yet
            }
            if (r.isEmpty(c)) {
                continue;
            }
            boolean label = label(r, c);
            if (label) {
                labels++;
                if (values > 0) {
                    double share = (double) typed / values;
                    typedSum += share;
                    if (share >= 0.6) {
                        typedCols++;
                    }
                }
                if (c < MAX_NAMED_COLUMNS && knownName(Cells.trim(r.text(c)))) {
                    known++;
                }
            }
            for (int k = 0; k < b; k++) {
                RecordView d = rows.get(block[k]);
                if (c < d.size && sameCell(r, d, c) && !sameRow(r, d)) {
                    repeats++;
                    break;
                }
            }
        }
        int cells = Math.max(1, ne[i]);
        s.labelShare = (double) labels / cells;
        s.typedShare = typedSum / cells;
        s.repeatShare = (double) repeats / cells;
        s.knownShare = Math.min(1.0, (double) known / cells);
        s.typedColumns = typedCols;
        s.labels = labels;
        s.known = known;
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (ne[k] == 1) {
                s.titleAbove = true;
            }
        }
        s.keyRow = keyRow(r);
        // settled: labels over typed columns, and below them rows that fill exactly these columns
        s.settled = b >= 2 && !s.keyRow && typedCols > 0 && s.fit >= 0.95 && s.fill >= 0.9 && consistent && repeats == 0;
        return s;
    }

    /** A number (plain or with separators, units …) or a date. */
    private boolean typed(RecordView d, int c) {
        if (Cells.isCleanNumber(d.chars, d.start[c], d.end[c])) {
            return true;
        }
        String t = Cells.trim(d.text(c));
        if (t.isEmpty() || Cells.isSymbol(t)) {
            return false;
        }
        char[] a = t.toCharArray();
        if (Cells.parseNumber(a, 0, a.length, num, unit) != Cells.N_NOT_NUMBER) {
            return true;
        }
        return VocabSemantics.looksLikeDate(slice.set(a, 0, a.length));
    }

    /** A label: text that is neither a number (a year counts as a label) nor a date nor a symbol. */
    private boolean label(RecordView r, int c) {
        String t = Cells.trim(r.text(c));
        if (t.isEmpty() || Cells.isSymbol(t)) {
            return false;
        }
        if (isYear(t)) {
            return true;
        }
        return !typed(r, c);
    }

    static boolean isYear(String t) {
        if (t.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        int y = Integer.parseInt(t);
        return y >= 1868 && y <= 2100;
    }

    private final Set<String> knownCache = new HashSet<>();
    private final Set<String> unknownCache = new HashSet<>();

    private boolean knownName(String name) {
        if (name.isEmpty() || name.length() > 60) {
            return false;
        }
        if (knownCache.contains(name)) {
            return true;
        }
        if (unknownCache.contains(name)) {
            return false;
        }
        boolean k = semantics.knownHeader(name) || (conformance != null && conformance.knowsHeader(name));
        (k ? knownCache : unknownCache).add(name);
        return k;
    }

    static boolean startsWithHash(RecordView r) {
        int f = r.firstNonEmpty();
        return f == 0 && r.chars[r.start[0]] == '#';
    }

    /** A repeated header row (L1-02) is not a data row that repeats the candidate's values. */
    private static boolean sameRow(RecordView a, RecordView b) {
        if (a.size != b.size) {
            return false;
        }
        for (int i = 0; i < a.size; i++) {
            if (a.length(i) != b.length(i) || (a.length(i) > 0 && !sameCell(a, b, i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameCell(RecordView a, RecordView b, int i) {
        int n = a.length(i);
        if (n == 0 || n != b.length(i)) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (a.chars[a.start[i] + k] != b.chars[b.start[i] + k]) {
                return false;
            }
        }
        return true;
    }
}
