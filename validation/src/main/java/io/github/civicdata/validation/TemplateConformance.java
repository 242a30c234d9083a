package io.github.civicdata.validation;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Severity;
import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Datatype;
import io.github.civicdata.vocab.HeaderMatch;
import io.github.civicdata.vocab.Obligation;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.format.FormatChecks;
import io.github.civicdata.vocab.format.FormatResult;
import io.github.civicdata.vocab.format.ValueChecker;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the first table of a source against a {@link DatasetTemplate} (from the vocabulary or
 * read from a table schema): required and recommended columns present, names spelled as in the
 * template, columns in the template's order, columns the template does not know, required
 * values, datatypes, formats and enumerations through vocab's {@link FormatChecks}, uniqueness of
 * ID columns in a bounded {@link UniqueSet}, and fill rates.
 *
 * <p>Read from a table schema, a cell holding one of the schema's missing values counts as empty,
 * and an absent optional field is reported as info ({@code template.missing-column.optional},
 * frictionless reports it as {@code missing-label}).
 *
 * <p>Cells that a machine-readability rule already reported (L2-01, L1-07, L2-02, half-width kana,
 * L3-06) are not reported again as type errors.
 *
 * <p>One instance per source; not thread-safe.
 */
final class TemplateConformance implements Conformance {

    private final DatasetTemplate template;
    private final Vocabulary vocabulary;
    private final FormatChecks checks;
    private final int maxUnique;
    /** The schema the template was read from, or null for a template of the vocabulary. */
    private final TableSchemaReader.Schema schema;

    private TemplateColumn[] column = new TemplateColumn[0];
    private ValueChecker[] checker = new ValueChecker[0];
    private UniqueSet[] unique = new UniqueSet[0];
    /** The schema's missing values per column other than the empty string, or null when there are none. */
    private String[][] missing;
    /** Recently valid values per column (repeated choices, times, codes pass without a check). */
    private String[][] validCache = new String[0][];
    private int[] cacheNext = new int[0];
    private int[] cacheHits = new int[0];
    private int[] cacheLookups = new int[0];
    static final int CACHE = 4;
    private long headerLine;
    private final CharSlice slice = new CharSlice();

    TemplateConformance(DatasetTemplate template, Vocabulary vocabulary, FormatChecks checks, int maxUnique,
            TableSchemaReader.Schema schema) {
        this.template = template;
        this.vocabulary = vocabulary;
        this.checks = checks;
        this.maxUnique = maxUnique;
        this.schema = schema;
    }

    @Override
    public String label() {
        return schema != null ? schema.label() : template.id() + "@" + template.version();
    }

    @Override
    public void header(TableProcessor table, long line) {
        Emitter out = table.out;
        headerLine = line;
        String[] names = table.names();
        int width = table.width();
        column = new TemplateColumn[width];
        checker = new ValueChecker[width];
        unique = new UniqueSet[width];
        validCache = new String[width][CACHE];
        cacheNext = new int[width];
        cacheHits = new int[width];
        cacheLookups = new int[width];
        List<TemplateColumn> cols = template.columns();
        int[] at = new int[cols.size()];
        java.util.Arrays.fill(at, -1);
        boolean[] used = new boolean[width];
        // exact names first
        for (int t = 0; t < cols.size(); t++) {
            for (int i = 0; i < width; i++) {
                if (!used[i] && Cells.trim(names[i]).equals(cols.get(t).header())) {
                    at[t] = i;
                    used[i] = true;
                    break;
                }
            }
        }
        // then the same item under another spelling (normalised, alias, numbered, small typo)
        for (int t = 0; t < cols.size(); t++) {
            if (at[t] >= 0) {
                continue;
            }
            TemplateColumn tc = cols.get(t);
            for (int i = 0; i < width; i++) {
                if (used[i] || Cells.trim(names[i]).isEmpty()) {
                    continue;
                }
                if (sameColumn(names[i], tc)) {
                    at[t] = i;
                    used[i] = true;
                    out.emit(out.make(RuleIds.TEMPLATE_COLUMN_NAME, RuleIds.TEMPLATE_COLUMN_NAME, null,
                            out.cellLocation(line, 0, i + 1, names[i]), names[i], tc.header(), names[i], tc.header()));
                    break;
                }
            }
        }
        // missing, order
        int last = -1;
        String lastHeader = "";
        for (int t = 0; t < cols.size(); t++) {
            TemplateColumn tc = cols.get(t);
            if (at[t] < 0) {
                Location loc = out.location().line(line).build();
                if (tc.obligation() == Obligation.REQUIRED) {
                    out.emit(RuleIds.TEMPLATE_MISSING_COLUMN, RuleIds.TEMPLATE_MISSING_COLUMN, null, loc, null, null,
                            tc.header());
                } else if (tc.obligation() == Obligation.RECOMMENDED) {
                    out.emit(RuleIds.TEMPLATE_MISSING_COLUMN, "template.missing-column.recommended", Severity.WARNING,
                            loc, null, null, tc.header());
                } else if (schema != null) {
                    out.emit(RuleIds.TEMPLATE_MISSING_COLUMN, "template.missing-column.optional", Severity.INFO,
                            loc, null, null, tc.header());
                }
                continue;
            }
            int i = at[t];
            if (schema != null) {
                List<String> mv = schema.missingValues(tc.header()).stream().filter(x -> !x.isEmpty()).toList();
                if (!mv.isEmpty()) {
                    if (missing == null) {
                        missing = new String[width][];
                    }
                    missing[i] = mv.toArray(new String[0]);
                }
            }
            if (i < last) {
                out.emit(out.make(RuleIds.TEMPLATE_COLUMN_ORDER, RuleIds.TEMPLATE_COLUMN_ORDER, null,
                        out.cellLocation(line, 0, i + 1, names[i]), null, null, tc.header(), i + 1, lastHeader));
            } else {
                last = i;
                lastHeader = tc.header();
            }
            column[i] = tc;
            checker[i] = checks.checker(tc.item());
            if (tc.unique()) {
                unique[i] = new UniqueSet(maxUnique, out.footprint);
            }
            ColumnProfile p = table.profile(i);
            p.typeFromTemplate = true;
            Datatype d = tc.item().datatype();
            p.type = d == Datatype.INTEGER || d == Datatype.DECIMAL ? ColumnProfile.NUMERIC : ColumnProfile.TEXT;
            p.strongNumeric = false;
        }
        for (int i = 0; i < width; i++) {
            if (!used[i] && !Cells.trim(names[i]).isEmpty()) {
                out.emit(out.make(RuleIds.TEMPLATE_UNKNOWN_COLUMN, RuleIds.TEMPLATE_UNKNOWN_COLUMN, null,
                        out.cellLocation(line, 0, i + 1, names[i]), null, null, Cells.trim(names[i])));
            }
        }
    }

    @Override
    public boolean knowsHeader(String name) {
        for (TemplateColumn tc : template.columns()) {
            if (sameColumn(name, tc)) {
                return true;
            }
        }
        return false;
    }

    private boolean sameColumn(String fileHeader, TemplateColumn tc) {
        String a = normalize(fileHeader);
        String b = normalize(tc.header());
        if (a.equals(b)) {
            return true;
        }
        Optional<HeaderMatch> m = vocabulary.matchHeader(Cells.trim(fileHeader));
        if (m.isPresent() && m.get().item().id().equals(tc.item().id())) {
            return true;
        }
        for (String alias : tc.item().names()) {
            if (normalize(alias).equals(a)) {
                return true;
            }
        }
        return a.length() >= 4 && b.length() >= 4 && withinOneEdit(a, b);
    }

    /** NFKC, lower case, no white space, no leading numbering ("1.", "1_", "①"). */
    static String normalize(String h) {
        String n = Normalizer.normalize(h, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        String s = sb.toString();
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > 0 && i < s.length() && ".:_)-".indexOf(s.charAt(i)) >= 0) {
            s = s.substring(i + 1);
        }
        return s;
    }

    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < la && j < lb) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (la > lb) {
                i++;
            } else if (lb > la) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return true;
    }

    @Override
    public void cell(TableProcessor table, int col, char[] a, int s, int e, String value, long line, long row,
            boolean reported) {
        if (col >= column.length || column[col] == null) {
            return;
        }
        Emitter out = table.out;
        String header = table.names()[col];
        if (unique[col] != null) {
            long first = unique[col].add(a, s, e, row);
            if (first > 0) {
                table.addToCurrentRow(out.cell(RuleIds.UNIQUE_ERROR, RuleIds.UNIQUE_ERROR, null, line, row, col + 1,
                        header, new String(a, s, e - s), null, first, column[col].header()));
            }
        }
        if (reported || checker[col] == null) {
            return;
        }
        CharSequence v = value != null ? value : slice.set(a, s, e);
        boolean caching = cacheLookups[col] < 1000 || cacheHits[col] * 2 >= cacheLookups[col];
        if (caching) {
            cacheLookups[col]++;
            for (String c : validCache[col]) {
                if (c != null && slice.set(a, s, e).contentEquals(c)) {
                    cacheHits[col]++;
                    return;
                }
            }
        }
        FormatResult r = checker[col].check(v);
        if (caching && r.isValid()) {
            validCache[col][cacheNext[col]++ % CACHE] = v.toString();
        }
        if (r instanceof FormatResult.Invalid bad) {
            String rule = constraint(bad.messageKey()) ? RuleIds.CONSTRAINT_ERROR : RuleIds.TYPE_ERROR;
            Finding f = out.cell(rule, bad.messageKey(), bad.severity() == Severity.ERROR ? null : bad.severity(),
                    line, row, col + 1, header, new String(a, s, e - s), bad.suggestion().orElse(null),
                    bad.arguments().toArray());
            table.addToCurrentRow(f);
        }
    }

    @Override
    public boolean hasMissingValues() {
        return missing != null;
    }

    @Override
    public boolean isMissing(int col, char[] a, int s, int e) {
        if (missing == null || col >= missing.length || missing[col] == null) {
            return false;
        }
        CharSequence v = slice.set(a, s, e);
        for (String m : missing[col]) {
            if (m.contentEquals(v)) {
                return true;
            }
        }
        return false;
    }

    static boolean constraint(String key) {
        return key.startsWith("format.enumeration") || key.startsWith("format.pattern")
                || key.startsWith("format.minimum") || key.startsWith("format.maximum")
                || key.startsWith("format.max-length") || key.endsWith(".range") || key.endsWith(".outside-area")
                || key.startsWith("code.") || key.startsWith("lgcode.") || key.endsWith(".check-digit")
                || key.equals("format.time-hhmm.24");
    }

    @Override
    public void blank(TableProcessor table, int col, long line, long row) {
        if (col < column.length && column[col] != null && column[col].obligation() == Obligation.REQUIRED) {
            Emitter out = table.out;
            table.addToCurrentRow(out.cell(RuleIds.CONSTRAINT_ERROR, "constraint-error.required", null, line, row,
                    col + 1, table.names()[col], null, null, column[col].header()));
        }
    }

    @Override
    public void end(TableProcessor table) {
        Emitter out = table.out;
        for (int i = 0; i < column.length; i++) {
            if (column[i] == null) {
                continue;
            }
            if (unique[i] != null && unique[i].overflow()) {
                out.emit(out.make(RuleIds.LIMIT_UNIQUE_VALUES, RuleIds.LIMIT_UNIQUE_VALUES, null,
                        out.cellLocation(headerLine, 0, i + 1, table.names()[i]), null, null, column[i].header(),
                        maxUnique, unique[i].overflowRow(), "maxUniqueValues / --max-unique-values"));
            }
            ColumnProfile p = table.profile(i);
            if (p.values == 0 && table.rows() > 0 && column[i].obligation() == Obligation.RECOMMENDED) {
                out.emit(out.make(RuleIds.TEMPLATE_EMPTY_COLUMN, RuleIds.TEMPLATE_EMPTY_COLUMN, null,
                        out.cellLocation(headerLine, 0, i + 1, table.names()[i]), null, null, column[i].header()));
            }
        }
    }

    /** The template column a file column was matched to (the fixer maps columns with it). */
    Optional<TemplateColumn> templateColumn(int col) {
        return col < column.length ? Optional.ofNullable(column[col]) : Optional.empty();
    }

    /** The template this conformance checks against. */
    DatasetTemplate template() {
        return template;
    }

    /** The item a file column was matched to, for tests. */
    Optional<DataItem> item(int col) {
        return col < column.length && column[col] != null ? Optional.of(column[col].item()) : Optional.empty();
    }
}
