package io.github.civicdata.validation;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Severity;
import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Datatype;
import io.github.civicdata.vocab.HeaderMapping;
import io.github.civicdata.vocab.HeaderMatch;
import io.github.civicdata.vocab.Obligation;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.address.TownMaster;
import io.github.civicdata.vocab.format.FormatChecks;
import io.github.civicdata.vocab.format.FormatResult;
import io.github.civicdata.vocab.format.ValueChecker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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
    /**
     * Recently valid values per column (repeated choices, times, codes pass without a check), as chars:
     * a cell is compared with them by {@link Arrays#equals(char[], int, int, char[], int, int)}, with no copy.
     */
    private char[][][] validCache = new char[0][][];
    private int[] cacheNext = new int[0];
    private int[] cacheHits = new int[0];
    private int[] cacheLookups = new int[0];
    static final int CACHE = 4;
    private long headerLine;
    private final CharSlice slice = new CharSlice();
    /** The view of an address cell passed to {@link AddressChecks} (no string per cell). */
    private final CharSlice addressSlice = new CharSlice();
    /** Set by {@link #header}. */
    private TableView table;
    private Emitter out;
    private Consumer<Finding> currentRow;
    /** The address columns' checks (issue 12), or null when the template has none. */
    private AddressChecks address;
    private final TownMaster towns;
    /**
     * The columns whose non-empty cells have something to check (a value check, a unique set, an address
     * check) and those whose empty cells do (required, address); set by {@link #header}. {@link #cell} and
     * {@link #blank} test them first in a method small enough for the JIT to inline into the caller, so a
     * column with nothing to check costs an array lookup per cell instead of a call (issue 16).
     */
    private boolean[] cells = new boolean[0];
    private boolean[] blanks = new boolean[0];

    TemplateConformance(DatasetTemplate template, Vocabulary vocabulary, FormatChecks checks, int maxUnique,
            TableSchemaReader.Schema schema) {
        this(template, vocabulary, checks, maxUnique, schema, null);
    }

    TemplateConformance(DatasetTemplate template, Vocabulary vocabulary, FormatChecks checks, int maxUnique,
            TableSchemaReader.Schema schema, TownMaster towns) {
        this.template = template;
        this.vocabulary = vocabulary;
        this.checks = checks;
        this.maxUnique = maxUnique;
        this.schema = schema;
        this.towns = towns;
    }

    @Override
    public String provenance() {
        return schema != null ? null : template.provenance();
    }

    @Override
    public String label() {
        return schema != null ? schema.label() : template.id() + "@" + template.version();
    }

    @Override
    public void header(TableView view, Emitter emitter, Consumer<Finding> row) {
        this.table = view;
        this.out = emitter;
        this.currentRow = row;
        long line = view.headerLine();
        headerLine = line;
        String[] names = view.names().toArray(new String[0]);
        int width = view.width();
        column = new TemplateColumn[width];
        checker = new ValueChecker[width];
        unique = new UniqueSet[width];
        validCache = new char[width][CACHE][];
        cacheNext = new int[width];
        cacheHits = new int[width];
        cacheLookups = new int[width];
        List<TemplateColumn> cols = template.columns();
        HeaderMapping mapping = vocabulary.mapHeader(template, Arrays.asList(names), table.otherNames());
        int[] at = new int[cols.size()];
        Arrays.fill(at, -1);
        boolean[] used = new boolean[width];
        mappingSummary(line, names, mapping);
        for (HeaderMapping.Column m : mapping.matched()) {
            TemplateColumn tc = m.target().orElseThrow();
            int i = m.index();
            at[indexOf(cols, tc)] = i;
            used[i] = true;
            HeaderMatch.Kind kind = m.kind().orElseThrow();
            if (kind != HeaderMatch.Kind.EXACT) {
                String key = switch (kind) {
                    case ALIAS -> "template.column-name.alias";
                    case ENGLISH -> "template.column-name.english";
                    case SIMILAR -> "template.column-name.similar";
                    default -> RuleIds.TEMPLATE_COLUMN_NAME;
                };
                String shown = Cells.trim(names[i]).isEmpty() ? m.matchedName() : Cells.trim(names[i]);
                out.finding(RuleIds.TEMPLATE_COLUMN_NAME).key(key).at(line, 0, i + 1, names[i]).value(names[i])
                        .suggest(tc.header()).args(shown, tc.header()).emit();
            }
        }
        // missing, order
        int last = -1;
        String lastHeader = "";
        List<String> unknownObligation = new ArrayList<>();
        for (int t = 0; t < cols.size(); t++) {
            TemplateColumn tc = cols.get(t);
            if (at[t] < 0) {
                if (tc.obligation() == Obligation.REQUIRED) {
                    out.finding(RuleIds.TEMPLATE_MISSING_COLUMN).line(line).args(tc.header()).emit();
                } else if (tc.obligation() == Obligation.RECOMMENDED) {
                    out.finding(RuleIds.TEMPLATE_MISSING_COLUMN).key("template.missing-column.recommended")
                            .defaultSeverity(Severity.WARNING).line(line).args(tc.header()).emit();
                } else if (tc.obligation() == Obligation.UNKNOWN) {
                    unknownObligation.add(tc.header());
                } else if (schema != null) {
                    out.finding(RuleIds.TEMPLATE_MISSING_COLUMN).key("template.missing-column.optional")
                            .defaultSeverity(Severity.INFO).line(line).args(tc.header()).emit();
                }
                continue;
            }
            int i = at[t];
            if (schema != null) {
                List<String> mv = new ArrayList<>(); // a loop, not a stream: no stream classes loaded at start-up
                for (String x : schema.missingValues(tc.header())) {
                    if (!x.isEmpty()) {
                        mv.add(x);
                    }
                }
                if (!mv.isEmpty()) {
                    if (missing == null) {
                        missing = new String[width][];
                    }
                    missing[i] = mv.toArray(new String[0]);
                }
            }
            if (i < last) {
                out.finding(RuleIds.TEMPLATE_COLUMN_ORDER).at(line, 0, i + 1, names[i])
                        .args(tc.header(), i + 1, lastHeader).emit();
            } else {
                last = i;
                lastHeader = tc.header();
            }
            column[i] = tc;
            ValueChecker check = checks.checker(tc.item());
            // an item that constrains nothing (a plain string field): no call per cell
            checker[i] = FormatChecks.acceptsEverything(check) ? null : check;
            if (tc.unique()) {
                unique[i] = new UniqueSet(maxUnique, out.footprint);
            }
        }
        if (!unknownObligation.isEmpty()) {
            // the source gives names only: say so once, not one finding per absent column
            out.finding(RuleIds.TEMPLATE_MISSING_COLUMN).key("template.missing-column.obligations-unknown")
                    .defaultSeverity(Severity.INFO).line(line)
                    .args(label(), unknownObligation.size(), listed(unknownObligation)).emit();
        }
        List<String> extra = new ArrayList<>();
        int firstExtra = -1;
        for (int i = 0; i < width; i++) {
            if (!used[i] && !Cells.trim(names[i]).isEmpty()) {
                if (template.complete()) {
                    out.finding(RuleIds.TEMPLATE_UNKNOWN_COLUMN).at(line, 0, i + 1, names[i]).args(Cells.trim(names[i]))
                            .emit();
                } else {
                    extra.add(Cells.trim(names[i]));
                    firstExtra = firstExtra < 0 ? i : firstExtra;
                }
            }
        }
        if (!extra.isEmpty()) {
            // a partial template cannot tell a column it does not list from one the standard defines
            out.finding(RuleIds.TEMPLATE_UNKNOWN_COLUMN).key("template.unknown-column.partial")
                    .defaultSeverity(Severity.INFO).line(line).args(label(), extra.size(), listed(extra)).emit();
        }
        address = AddressChecks.of(column, towns, table, out, currentRow);
        cells = new boolean[width];
        blanks = new boolean[width];
        for (int i = 0; i < width; i++) {
            boolean addressed = address != null && address.wants(i);
            cells[i] = column[i] != null && (unique[i] != null || checker[i] != null || addressed);
            blanks[i] = addressed || column[i] != null && column[i].obligation() == Obligation.REQUIRED;
        }
    }

    /**
     * {@code cols.indexOf(tc)} without calling the record's {@code equals} in the common case: its first
     * call bootstraps {@code java.lang.runtime.ObjectMethods}, about a hundred method-handle classes spun at
     * every start that checks a template or schema. The column is found by identity; an earlier column
     * that {@code indexOf} would have taken instead must be equal and so have the same header, and only
     * such a column is compared with {@code equals}.
     */
    static int indexOf(List<TemplateColumn> cols, TemplateColumn tc) {
        int same = -1;
        for (int k = 0; k < cols.size(); k++) {
            if (cols.get(k) == tc) {
                same = k;
                break;
            }
        }
        if (same < 0) {
            return cols.indexOf(tc);
        }
        for (int j = 0; j < same; j++) {
            if (cols.get(j).header().equals(tc.header()) && cols.get(j).equals(tc)) {
                return j;
            }
        }
        return same;
    }

    @Override
    public byte columnType(int col) {
        if (col >= column.length || column[col] == null) {
            return ColumnProfile.UNKNOWN;
        }
        Datatype d = column[col].item().datatype();
        return d == Datatype.INTEGER || d == Datatype.DECIMAL ? ColumnProfile.NUMERIC : ColumnProfile.TEXT;
    }

    @Override
    public String templateHeader(int col) {
        return col < column.length && column[col] != null ? column[col].header() : null;
    }

    @Override
    public String templateTypeName(int col) {
        return col < column.length && column[col] != null
                ? column[col].item().datatype().name().toLowerCase(java.util.Locale.ROOT) : null;
    }

    @Override
    public boolean knowsHeader(String name) {
        // the same matching as the header mapping: exact, alias, normalised, English, similar
        return !vocabulary.mapHeader(template, List.of(Cells.trim(name))).matched().isEmpty();
    }

    /**
     * One info finding that says how the header was mapped (when any column matched other than
     * exactly, or did not match): counts by kind; the columns themselves carry
     * {@code template.column-name} findings.
     */
    private void mappingSummary(long line, String[] names, HeaderMapping m) {
        int named = 0;
        for (String n : names) {
            if (!Cells.trim(n).isEmpty()) {
                named++;
            }
        }
        int matched = m.matched().size();
        int exact = m.count(HeaderMatch.Kind.EXACT);
        if (exact == matched && matched == named) {
            return;
        }
        out.finding(RuleIds.TEMPLATE_MAPPING).line(line).args(label(), matched, named, exact,
                m.count(HeaderMatch.Kind.ALIAS), m.count(HeaderMatch.Kind.NORMALIZED),
                m.count(HeaderMatch.Kind.ENGLISH), m.count(HeaderMatch.Kind.SIMILAR), named - matched, notExact(m))
                .emit();
    }

    /** The columns matched other than exactly, as {@code header→template header}, cut to fit one argument. */
    static String notExact(HeaderMapping m) {
        List<String> pairs = new ArrayList<>();
        for (HeaderMapping.Column c : m.matched()) {
            if (c.kind().orElseThrow() != HeaderMatch.Kind.EXACT) {
                String h = Cells.trim(c.header()).isEmpty() ? c.matchedName() : Cells.trim(c.header());
                pairs.add(h + "→" + c.target().orElseThrow().header());
            }
        }
        return pairs.isEmpty() ? "—" : listed(pairs);
    }

    /** Names joined by 、 and cut to fit one message argument, with the count of names left out. */
    static String listed(List<String> names) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (String n : names) {
            if (sb.length() + n.length() + 2 > 64) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(n);
            shown++;
        }
        if (shown < names.size()) {
            sb.append(shown == 0 ? "" : ", ").append("… (+").append(names.size() - shown).append(')');
        }
        return sb.toString();
    }

    /**
     * The kind of region check a column gets: for a column the template or schema declares, what
     * its item says (a schema field typed {@code string} named {@code long} is not a longitude; a
     * template column of item 電話番号 is a phone column whatever the file calls it); for other
     * columns, the kind its name suggests.
     */
    @Override
    public ValueSemantics.Region region(int col, ValueSemantics.Region byName) {
        if (col >= column.length || column[col] == null) {
            return byName;
        }
        DataItem item = column[col].item();
        if (schema == null) {
            return VocabSemantics.regionOfItem(item);
        }
        // a schema field: its name counts only where its declared type agrees
        Datatype d = item.datatype();
        boolean number = d == Datatype.INTEGER || d == Datatype.DECIMAL;
        boolean constrained = !item.constraints().enumeration().isEmpty() || item.constraints().pattern().isPresent()
                || item.constraints().format().isPresent();
        return switch (byName) {
            case LATITUDE, LONGITUDE -> number ? byName : ValueSemantics.Region.NONE;
            case NONE -> ValueSemantics.Region.NONE;
            default -> d == Datatype.STRING && !constrained ? byName : ValueSemantics.Region.NONE;
        };
    }

    @Override
    public void cell(int col, char[] a, int s, int e, String value, long line, long row, boolean reported) {
        if (col < cells.length && cells[col]) {
            checkedCell(col, a, s, e, value, line, row, reported);
        }
    }

    /** {@link #cell} of a column with something to check. */
    private void checkedCell(int col, char[] a, int s, int e, String value, long line, long row, boolean reported) {
        if (unique[col] != null) {
            long first = unique[col].add(a, s, e, row);
            if (first > 0) {
                currentRow.accept(out.finding(RuleIds.UNIQUE_ERROR).cell(line, row, col + 1, table.name(col))
                        .value(new String(a, s, e - s)).args(first, column[col].header()).make());
            }
        }
        if (address != null && address.wants(col)) {
            address.cell(col, value != null ? value : trimmed(a, s, e), line, row);
        }
        if (reported || checker[col] == null) {
            return;
        }
        CharSequence v = value != null ? value : slice.set(a, s, e);
        boolean caching = cacheLookups[col] < 1000 || cacheHits[col] * 2 >= cacheLookups[col];
        if (caching) {
            cacheLookups[col]++;
            for (char[] c : validCache[col]) {
                if (c != null && Arrays.equals(a, s, e, c, 0, c.length)) {
                    cacheHits[col]++;
                    return;
                }
            }
        }
        FormatResult r = checker[col].check(v);
        if (caching && r.isValid()) {
            validCache[col][cacheNext[col]++ % CACHE] = value != null ? value.toCharArray() : Arrays.copyOfRange(a, s, e);
        }
        if (r instanceof FormatResult.Invalid bad) {
            String rule = constraint(bad.messageKey()) ? RuleIds.CONSTRAINT_ERROR : RuleIds.TYPE_ERROR;
            Finding f = out.finding(rule).key(bad.messageKey())
                    .defaultSeverity(bad.severity() == Severity.ERROR ? null : bad.severity())
                    .cell(line, row, col + 1, table.name(col)).value(new String(a, s, e - s))
                    .suggest(bad.suggestion().orElse(null)).args(bad.arguments().toArray()).make();
            currentRow.accept(f);
        }
    }

    /** The cell without its layout spaces, as a view (no string made). */
    private CharSequence trimmed(char[] a, int s, int e) {
        while (s < e && Cells.isSpace(a[s])) {
            s++;
        }
        while (e > s && Cells.isSpace(a[e - 1])) {
            e--;
        }
        return addressSlice.set(a, s, e);
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
    public void blank(int col, long line, long row) {
        if (col < blanks.length && blanks[col]) {
            checkedBlank(col, line, row);
        }
    }

    /** {@link #blank} of a column that is required or an address column. */
    private void checkedBlank(int col, long line, long row) {
        if (address != null && address.wants(col)) {
            address.blank(col, line, row);
        }
        if (col < column.length && column[col] != null && column[col].obligation() == Obligation.REQUIRED) {
            currentRow.accept(out.finding(RuleIds.CONSTRAINT_ERROR).key("constraint-error.required")
                    .cell(line, row, col + 1, table.name(col)).args(column[col].header()).make());
        }
    }

    @Override
    public void end() {
        if (address != null) {
            address.end(headerLine);
        }
        for (int i = 0; i < column.length; i++) {
            if (column[i] == null) {
                continue;
            }
            if (unique[i] != null && unique[i].overflow()) {
                out.finding(RuleIds.LIMIT_UNIQUE_VALUES).at(headerLine, 0, i + 1, table.name(i))
                        .args(column[i].header(), maxUnique, unique[i].overflowRow(),
                                "maxUniqueValues / --max-unique-values").emit();
            }
            if (table.values(i) == 0 && table.rows() > 0 && column[i].obligation() == Obligation.RECOMMENDED) {
                out.finding(RuleIds.TEMPLATE_EMPTY_COLUMN).at(headerLine, 0, i + 1, table.name(i))
                        .args(column[i].header()).emit();
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
}
