package io.github.civicdata.validation;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
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
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** The address columns' checks (issue 12), or null when the template has none. */
    private AddressChecks address;
    private final TownMaster towns;

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
        HeaderMapping mapping = vocabulary.mapHeader(template, Arrays.asList(names), table.otherNames());
        int[] at = new int[cols.size()];
        Arrays.fill(at, -1);
        boolean[] used = new boolean[width];
        mappingSummary(out, line, names, mapping);
        for (HeaderMapping.Column m : mapping.matched()) {
            TemplateColumn tc = m.target().orElseThrow();
            int i = m.index();
            at[cols.indexOf(tc)] = i;
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
                out.emit(out.make(RuleIds.TEMPLATE_COLUMN_NAME, key, null, out.cellLocation(line, 0, i + 1, names[i]),
                        names[i], tc.header(), shown, tc.header()));
            }
        }
        // missing, order
        int last = -1;
        String lastHeader = "";
        List<String> unknownObligation = new ArrayList<>();
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
                } else if (tc.obligation() == Obligation.UNKNOWN) {
                    unknownObligation.add(tc.header());
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
        if (!unknownObligation.isEmpty()) {
            // the source gives names only: say so once, not one finding per absent column
            out.emit(RuleIds.TEMPLATE_MISSING_COLUMN, "template.missing-column.obligations-unknown", Severity.INFO,
                    out.location().line(line).build(), null, null, label(), unknownObligation.size(),
                    listed(unknownObligation));
        }
        List<String> extra = new ArrayList<>();
        int firstExtra = -1;
        for (int i = 0; i < width; i++) {
            if (!used[i] && !Cells.trim(names[i]).isEmpty()) {
                if (template.complete()) {
                    out.emit(out.make(RuleIds.TEMPLATE_UNKNOWN_COLUMN, RuleIds.TEMPLATE_UNKNOWN_COLUMN, null,
                            out.cellLocation(line, 0, i + 1, names[i]), null, null, Cells.trim(names[i])));
                } else {
                    extra.add(Cells.trim(names[i]));
                    firstExtra = firstExtra < 0 ? i : firstExtra;
                }
            }
        }
        if (!extra.isEmpty()) {
            // a partial template cannot tell a column it does not list from one the standard defines
            out.emit(out.make(RuleIds.TEMPLATE_UNKNOWN_COLUMN, "template.unknown-column.partial", Severity.INFO,
                    out.location().line(line).build(), null, null, label(), extra.size(), listed(extra)));
        }
        address = AddressChecks.of(column, towns);
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
    private void mappingSummary(Emitter out, long line, String[] names, HeaderMapping m) {
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
        out.emit(out.make(RuleIds.TEMPLATE_MAPPING, RuleIds.TEMPLATE_MAPPING, null, out.location().line(line).build(),
                null, null, label(), matched, named, exact, m.count(HeaderMatch.Kind.ALIAS),
                m.count(HeaderMatch.Kind.NORMALIZED), m.count(HeaderMatch.Kind.ENGLISH),
                m.count(HeaderMatch.Kind.SIMILAR), named - matched, notExact(m)));
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
        if (address != null && address.wants(col)) {
            address.cell(table, col, value != null ? value : Cells.trim(new String(a, s, e - s)), line, row);
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
        if (address != null && address.wants(col)) {
            address.blank(table, col, line, row);
        }
        if (col < column.length && column[col] != null && column[col].obligation() == Obligation.REQUIRED) {
            Emitter out = table.out;
            table.addToCurrentRow(out.cell(RuleIds.CONSTRAINT_ERROR, "constraint-error.required", null, line, row,
                    col + 1, table.names()[col], null, null, column[col].header()));
        }
    }

    @Override
    public void end(TableProcessor table) {
        Emitter out = table.out;
        if (address != null) {
            address.end(table, headerLine);
        }
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

    /** The item a file column was matched to, for tests. */
    Optional<DataItem> item(int col) {
        return col < column.length && column[col] != null ? Optional.of(column[col].item()) : Optional.empty();
    }
}
