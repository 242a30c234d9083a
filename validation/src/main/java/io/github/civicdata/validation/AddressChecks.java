package io.github.civicdata.validation;

import io.github.civicdata.core.Finding;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.address.AddressNotation;
import io.github.civicdata.vocab.address.Addresses;
import io.github.civicdata.vocab.address.Town;
import io.github.civicdata.vocab.address.TownMaster;
import io.github.civicdata.vocab.code.CodeLists;
import io.github.civicdata.vocab.code.Municipality;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks of the address columns of a template, after the GIF コアデータパーツ 住所 (DS-442):
 * <ul>
 * <li>L2-04: one column writes the 丁目・番地・号 of its addresses in several ways ({@code １丁目２番地３}
 * in one row, {@code 1-2-3} in another; §2.1, §5.2 write half-width digits and hyphens);</li>
 * <li>a whole address (連結表記, or a column the template describes as 都道府県から…) that does not start
 * with its prefecture (§2.1 都道府県から記述し), with the prefecture suggested when the municipality at
 * its start exists in one prefecture only;</li>
 * <li>L3-06: the row's 市区町村 and 都道府県 are those of its 所在地_全国地方公共団体コード, and, given an
 * アドレス・ベース・レジストリ 町字マスター file, its 町字ID exists for that code and names its 町字
 * (町字ID → 町字 → 市区町村 → 都道府県).</li>
 * </ul>
 * The columns are recognised by the template column's item (所在地_番地以下, 所在地_連結表記, 町字ID …).
 * One instance per source; not thread-safe.
 */
final class AddressChecks {

    private static final Set<String> BLOCK = Set.of("located-block-number", "facility-block-number",
            "gif-address-city-block");
    private static final Set<String> WHOLE = Set.of("full-address", "gif-address-full-address");
    private static final Set<String> CODE = Set.of("located-local-government-code",
            "gif-address-local-government-code");
    private static final Set<String> MACHIAZA_ID = Set.of("machiaza-id", "gif-address-street-address-id");
    private static final Set<String> MACHIAZA = Set.of("located-machiaza", "facility-machiaza",
            "gif-address-street-address");
    private static final Set<String> MUNICIPALITY = Set.of("located-municipality", "facility-municipality",
            "gif-address-city-and-county");
    private static final Set<String> PREFECTURE = Set.of("located-prefecture", "facility-prefecture",
            "gif-address-prefecture");

    private final TownMaster towns;
    private final TableView table;
    private final Emitter out;
    /** Where the findings of the current row go (held with the row until it is known to be data). */
    private final Consumer<Finding> currentRow;
    private final boolean[] notation;
    private final boolean[] whole;
    private final boolean[] prefix;
    private final Map<AddressNotation, long[]>[] counts;
    private final String[][] examples;
    private int code = -1;
    private int machiazaId = -1;
    private int machiaza = -1;
    private int municipality = -1;
    private int prefecture = -1;
    private int lastRole = -1;
    private long row = -1;
    private final String[] current = new String[5];

    @SuppressWarnings("unchecked")
    private AddressChecks(TemplateColumn[] columns, TownMaster towns, TableView table, Emitter out,
            Consumer<Finding> currentRow) {
        this.towns = towns;
        this.table = table;
        this.out = out;
        this.currentRow = currentRow;
        int n = columns.length;
        notation = new boolean[n];
        whole = new boolean[n];
        prefix = new boolean[n];
        counts = new Map[n];
        examples = new String[n][AddressNotation.values().length];
        for (int i = 0; i < n; i++) {
            TemplateColumn c = columns[i];
            if (c == null) {
                continue;
            }
            String id = c.item().id();
            // no lambda: it would spin a class at every start that checks a template or schema
            boolean asksPrefecture = c.description().isPresent() && c.description().get().contains("都道府県から");
            if (BLOCK.contains(id) || WHOLE.contains(id)) {
                notation[i] = true;
                counts[i] = new EnumMap<>(AddressNotation.class);
            }
            whole[i] = WHOLE.contains(id) || asksPrefecture;
            prefix[i] = whole[i];
            code = role(code, CODE.contains(id), i);
            machiazaId = role(machiazaId, MACHIAZA_ID.contains(id), i);
            machiaza = role(machiaza, MACHIAZA.contains(id), i);
            municipality = role(municipality, MUNICIPALITY.contains(id), i);
            prefecture = role(prefecture, PREFECTURE.contains(id), i);
        }
        lastRole = Math.max(Math.max(code, machiazaId), Math.max(machiaza, Math.max(municipality, prefecture)));
    }

    private int role(int current, boolean is, int i) {
        return current < 0 && is ? i : current;
    }

    /** The checks for a template's columns, or null when it has no address column. */
    static AddressChecks of(TemplateColumn[] columns, TownMaster towns, TableView table, Emitter out,
            Consumer<Finding> currentRow) {
        AddressChecks a = new AddressChecks(columns, towns, table, out, currentRow);
        for (int i = 0; i < columns.length; i++) {
            if (a.notation[i] || a.prefix[i]) {
                return a;
            }
        }
        return a.code >= 0 ? a : null;
    }

    /** Whether a column takes part in the checks (cells of other columns need not be passed). */
    boolean wants(int col) {
        return col < notation.length && (notation[col] || prefix[col] || col == code || col == machiazaId
                || col == machiaza || col == municipality || col == prefecture);
    }

    /** A non-empty cell of a template column. */
    /**
     * A non-empty cell of a template column; {@code value} (trimmed) is read during the call only,
     * so it may be a reused view of the record: a string is made only for a finding or a value
     * that is kept.
     */
    void cell(int col, CharSequence value, long line, long r) {
        if (notation[col]) {
            AddressNotation k = AddressNotation.of(value, whole[col]);
            if (k != AddressNotation.NONE) {
                counts[col].computeIfAbsent(k, x -> new long[1])[0]++;
                if (examples[col][k.ordinal()] == null) {
                    examples[col][k.ordinal()] = io.github.civicdata.core.Values.truncate(value.toString());
                }
            }
        }
        if (prefix[col] && !Addresses.standard().startsWithPrefecture(value)) {
            String v = value.toString();
            String p = Addresses.standard().prefectureFor(v).orElse(null);
            currentRow.accept(out.finding(RuleIds.CONSTRAINT_ERROR).key("constraint-error.address-prefecture")
                    .cell(line, r, col + 1, table.name(col)).value(v).suggest(p == null ? null : p + v.strip())
                    .args(table.name(col)).make());
        }
        roleValue(col, value, line, r);
    }

    /** An empty cell of a template column. */
    void blank(int col, long line, long r) {
        roleValue(col, null, line, r);
    }

    private void roleValue(int col, CharSequence value, long line, long r) {
        if (lastRole < 0) {
            return;
        }
        if (r != row) {
            row = r;
            java.util.Arrays.fill(current, null);
        }
        int slot = col == code ? 0 : col == machiazaId ? 1 : col == machiaza ? 2 : col == municipality ? 3
                : col == prefecture ? 4 : -1;
        if (slot >= 0 && value != null) {
            current[slot] = value.toString().strip();
        }
        if (col == lastRole) {
            checkRow(line, r);
        }
    }

    /** The row's 市区町村 and 都道府県 against its code, and its 町字ID against the 町字 file. */
    private void checkRow(long line, long r) {
        String c = current[0];
        if (c == null || c.length() != 6 || !CodeLists.standard().isListed(c)) {
            return; // a missing or bad code is reported by the code check itself
        }
        Municipality m = CodeLists.standard().municipality(c).orElse(null);
        if (m == null) {
            return; // a prefecture's own code: no municipality to compare
        }
        String pref = CodeLists.standard().prefecture(m.prefectureCode()).orElseThrow().name();
        boolean hide = out.hidesValues();
        if (current[4] != null && !current[4].equals(pref)) {
            currentRow.accept(out.finding(RuleIds.L3_06).key("L3-06.prefecture-mismatch")
                    .cell(line, r, prefecture + 1, table.name(prefecture)).value(current[4])
                    .args(c, pref, hide ? "…" : current[4]).make());
        }
        String muni = current[3];
        if (muni != null && !muni.equals(m.name()) && !muni.equals(m.county().orElse("") + m.name())
                && !muni.equals(pref + m.name())) {
            currentRow.accept(out.finding(RuleIds.L3_06).key("L3-06.municipality-mismatch")
                    .cell(line, r, municipality + 1, table.name(municipality)).value(muni)
                    .args(c, m.name(), hide ? "…" : muni).make());
        }
        if (towns == null || current[1] == null || !towns.covers(c)) {
            return;
        }
        Town t = towns.town(c, current[1]).orElse(null);
        if (t == null) {
            currentRow.accept(out.finding(RuleIds.L3_06).key("L3-06.machiaza-unknown")
                    .cell(line, r, machiazaId + 1, table.name(machiazaId)).value(current[1])
                    .args(hide ? "…" : current[1], c + " " + m.name(), towns.source()).make());
        } else if (current[2] != null && !current[2].equals(t.name())) {
            currentRow.accept(out.finding(RuleIds.L3_06).key("L3-06.machiaza-name")
                    .cell(line, r, machiaza + 1, table.name(machiaza)).value(current[2])
                    .args(hide ? "…" : current[1], t.name(), hide ? "…" : current[2]).make());
        }
    }

    /** The end of the table: L2-04 for columns whose block numbers are written in several ways. */
    void end(long headerLine) {
        for (int i = 0; i < notation.length; i++) {
            if (!notation[i] || counts[i].size() < 2) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<AddressNotation, long[]> e : counts[i].entrySet()) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                String ex = out.hidesValues() ? "…" : examples[i][e.getKey().ordinal()];
                sb.append('「').append(ex).append("」×").append(e.getValue()[0]);
            }
            out.finding(RuleIds.L2_04).key("L2-04.address-notation").at(headerLine, 0, i + 1, table.name(i))
                    .args(counts[i].size(), sb.toString()).emit();
        }
    }
}
