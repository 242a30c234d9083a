package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.format.FormatChecks;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The shortcuts the fixer takes for speed decide exactly what the long way decides:
 * <ul>
 *   <li>{@link ValueSemantics#regionFindsNothing}: a value it lets through gets no finding from
 *       {@link ValueSemantics#region} (phone numbers and postal codes that cannot have lost their 0,
 *       coordinates clearly inside the area);
 *   <li>{@link CellFixer#plainStart}: a first character it lets through starts neither a ditto
 *       mark nor a formula (checked for every {@code char});
 *   <li>{@link Cells#isSymbol(char[], int, int)} (the statistics' test, making a string only when
 *       the first character can start a symbol) answers as {@link Cells#isSymbol(String)};
 *   <li>{@link Cells#mayStartNumber}: a cell starting with a character it refuses (and not a
 *       space) is no number to {@link Cells#parseNumber} (the statistics skip the parse);
 *   <li>{@link Cells#parseNumber} tries the prefixes of approximate numbers in a fixed order,
 *       longest first (the same in every run);
 *   <li>{@link CellFixer#quickUntouched} (a value written as it is, decided on its first character
 *       and flags) says so only where {@link CellFixer#untouched} does.
 * </ul>
 * Region values are drawn from the characters these checks care about (digits, full-width digits,
 * hyphens, brackets, points), so that lost zeros and near misses are common.
 */
class FixShortcutProperties {

    private static final VocabSemantics SEMANTICS = new VocabSemantics(Vocabulary.standard(), FormatChecks.standard(),
            false);
    private static final List<ValueSemantics.Region> REGIONS = List.of(ValueSemantics.Region.PHONE,
            ValueSemantics.Region.POSTAL_CODE, ValueSemantics.Region.LATITUDE, ValueSemantics.Region.LONGITUDE,
            ValueSemantics.Region.CODE, ValueSemantics.Region.PREFECTURE);

    @Example
    void aPlainFirstCharacterStartsNeitherADittoMarkNorAFormula() {
        int plain = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (!CellFixer.plainStart(ch)) {
                continue;
            }
            plain++;
            assertThat(Cells.mayBeDitto(ch)).as("U+%04X", c).isFalse();
            assertThat(Cells.isSpace(ch)).as("U+%04X", c).isFalse();
            for (String rest : List.of("", "=1", " ", "上")) {
                assertThat(io.github.civicdata.core.csv.CsvFormulas.startsFormula(ch + rest)).as("U+%04X", c).isFalse();
            }
        }
        assertThat(plain).isGreaterThan(50_000); // kana and kanji are in
        assertThat(CellFixer.plainStart('同')).isFalse();
        assertThat(CellFixer.plainStart('=')).isFalse();
        assertThat(CellFixer.plainStart('\uFF1D')).isFalse();
    }

    @Property(tries = 5000)
    void aCellStartingWithACharacterThatStartsNoNumberIsNoNumber(@ForAll("numberLike") String v) {
        char[] a = v.toCharArray();
        int r = Cells.parseNumber(a, 0, a.length, new StringBuilder(), new StringBuilder());
        boolean number = r != Cells.N_NOT_NUMBER;
        if (number) {
            assertThat(Cells.isSpace(a[0]) || Cells.mayStartNumber(a[0])).as(v).isTrue();
        }
        Statistics.label("number").collect(number);
        Statistics.label("number").coverage(k -> k.check(true).percentage(p -> p >= 4));
    }

    @Provide
    Arbitrary<String> numberLike() {
        Arbitrary<String> pieces = Arbitraries.of("1", "23", "０", "９", ".", "．", ",", "，", "-", "+", "−", "－", "＋",
                "▲", "△", "約", "約:", "およそ", "概ね", "ca.", " ", "\u3000", "円", "人", "㎡", "%", "※", "注1", "（注）",
                "x", "F", "東", "お", "c", "a", ":");
        return pieces.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void theSymbolTestOnCharactersAnswersAsTheOneOnStrings(@ForAll("symbolLike") String v) {
        char[] a = ("[" + v + "]").toCharArray();
        assertThat(Cells.isSymbol(a, 1, a.length - 1)).as(v).isEqualTo(Cells.isSymbol(v));
        Statistics.label("symbol").collect(Cells.isSymbol(v));
        Statistics.label("symbol").coverage(k -> k.check(true).percentage(p -> p >= 5));
    }

    @Provide
    Arbitrary<String> symbolLike() {
        Arbitrary<String> pieces = Arbitraries.of("-", "－", "ー", "…", ".", "X", "x", "*", "＊", "秘", "匿", "N", "A",
                "/", "n", "a", "d", "不", "詳", "明", "該当なし", "?", "#", "△", "▲", "◇", "1", "あ", " ", "非公表");
        return pieces.list().ofMinSize(0).ofMaxSize(5).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void aRegionValueLetThroughHasNoFinding(@ForAll("regionValues") Object[] c) {
        ValueSemantics.Region kind = (ValueSemantics.Region) c[0];
        String v = (String) c[1];
        boolean quick = SEMANTICS.regionFindsNothing(kind, v);
        Issue slow = SEMANTICS.region(kind, v);
        Statistics.label("shortcut").collect(kind + (quick ? " let through" : " checked")
                + (slow == null ? "" : " (finding)"));
        if (quick) {
            assertThat(slow).as("%s %s", kind, v).isNull();
        }
    }

    @Example
    void anApproximateNumberParsesTheSameWayInEveryRun() {
        // 約: and 約 overlap: the longer is tried first (the prefixes were a Set, tried in a random order)
        for (String v : List.of("約:1200", "約1200", "およそ1200", "概ね1,200", "ca.1200")) {
            char[] a = v.toCharArray();
            StringBuilder num = new StringBuilder();
            StringBuilder unit = new StringBuilder();
            assertThat(Cells.parseNumber(a, 0, a.length, num, unit) & Cells.N_PREFIX).as(v).isEqualTo(Cells.N_PREFIX);
            assertThat(num.toString()).as(v).isEqualTo("1200");
        }
        char[] a = "1200円".toCharArray();
        StringBuilder num = new StringBuilder();
        StringBuilder unit = new StringBuilder();
        assertThat(Cells.parseNumber(a, 0, a.length, num, unit)).isEqualTo(Cells.N_UNIT);
        assertThat(unit.toString()).isEqualTo("円");
        a = "03-3430-1001".toCharArray();
        assertThat(Cells.parseNumber(a, 0, a.length, num, unit)).isEqualTo(Cells.N_NOT_NUMBER);
    }

    @Property(tries = 3000)
    void aValueTheQuickTestLetsThroughNeedsNothing(@ForAll("cellValues") String v, @ForAll boolean numeric,
            @ForAll("quickRegions") ValueSemantics.Region region, @ForAll boolean quickCoordinate,
            @ForAll boolean joinLines) {
        java.util.Set<FixTransformation> on = java.util.EnumSet.allOf(FixTransformation.class);
        if (!joinLines) {
            on.remove(FixTransformation.JOIN_LINES);
        }
        CellFixer cells = new CellFixer(on, SEMANTICS, null, false);
        FixPlan.In c = new FixPlan.In(0, "列");
        c.numeric = numeric;
        c.region = region;
        assertThat(cells.quickColumn(c)).isTrue();
        // the flags as the fixer counts them (FixCounts.flags), with the validator's coordinate marks or not
        RecordView rec = new RecordView(10, 10_000, 100_000);
        rec.reset(1);
        rec.addField(v, 0, 0);
        FixCounts counts = new FixCounts();
        counts.flags(rec, 1, true);
        int f = counts.flags[0] | (quickCoordinate ? CellChecks.QUICK_LATITUDE | CellChecks.QUICK_LONGITUDE : 0);
        boolean quick = CellFixer.quickUntouched(v.charAt(0), f, numeric, region);
        if (quick) {
            assertThat(cells.untouched(v, c, f)).as(v).isTrue();
        }
        Statistics.label("quick").collect(quick);
        Statistics.label("quick").coverage(k -> k.check(true).percentage(p -> p >= 10));
    }

    @Example
    void theQuickTestIsLeftOutForDateTimeRegionAndTemplateColumns() {
        CellFixer cells = new CellFixer(java.util.EnumSet.allOf(FixTransformation.class), SEMANTICS, null, false);
        FixPlan.In date = new FixPlan.In(0, "日付");
        date.dateColumn = true;
        FixPlan.In time = new FixPlan.In(1, "時刻");
        time.timeColumn = true;
        FixPlan.In code = new FixPlan.In(2, "コード");
        code.region = ValueSemantics.Region.CODE;
        assertThat(cells.quickColumn(date)).isFalse();
        assertThat(cells.quickColumn(time)).isFalse();
        assertThat(cells.quickColumn(code)).isFalse();
        assertThat(cells.quickColumn(new FixPlan.In(3, "名称"))).isTrue();
    }

    @Provide
    Arbitrary<ValueSemantics.Region> quickRegions() {
        return Arbitraries.of(ValueSemantics.Region.NONE, ValueSemantics.Region.LATITUDE,
                ValueSemantics.Region.LONGITUDE);
    }

    @Provide
    Arbitrary<String> cellValues() {
        Arbitrary<String> free = Arbitraries.strings().withChars("0123456789abdDXZ.,-/:+=@ \u3000\t\n"
                + "あアｱ東京同仝〃上１Ａ年月日①㈱㍻－〜、（）\"'").ofMinLength(1).ofMaxLength(14);
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789.-").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> known = Arbitraries.of("2021-01-01", "2021/1/1", "R3.1.1", "令和3年1月1日", "H30.4.1",
                "1,234", "12.5", "1234円", "08:30", "8:30", "0830", "03-3430-1001", "35.654774", "139.554368",
                "図書館1", "東京都狛江市和泉本町2-2", "F1", "d1", "=1+2", "-1", "+1", "〃", "同上", "ﾀﾋｸﾎﾓ", "タヒクホモ",
                "開　設　者", " 1", "1 ", "１２３");
        return Arbitraries.oneOf(free, digits, known);
    }

    @Provide
    Arbitrary<Object[]> regionValues() {
        Arbitrary<String> phones = Arbitraries.strings().withChars("0123456789-－０１２ ()+").ofMinLength(0).ofMaxLength(14);
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> coords = Arbitraries.strings().withChars("0123456789.-").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> values = Arbitraries.oneOf(phones, digits, coords, Arbitraries.of("東京都", "東京",
                "132195", "13219", "0334301001", "334301001", "9012345678", "1234567890", "2010001", "201001",
                "20100", "35.6", "139.55", "035.6", "TEL 03-3430-1001"));
        return Combinators.combine(Arbitraries.of(REGIONS), values).as((k, v) -> new Object[] {k, v});
    }

}
