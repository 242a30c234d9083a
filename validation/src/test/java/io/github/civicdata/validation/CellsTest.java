package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CellsTest {

    static int parse(String s, StringBuilder n) {
        char[] a = s.toCharArray();
        return Cells.parseNumber(a, 0, a.length, n, new StringBuilder());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1200|0|1200", "-3.5|0|-3.5", "'1,200'|1|1200", "'1,234,567.8'|1|1234567.8", "１５００|2|1500",
        "980人|4|980", "45%|4|45", "300 円|36|300", "700※1|8|700", "12*|8|12", "▲3.2|16|-3.2", "約90|64|90",
        "'12,34'|-1|", "40代|-1|", "03-1234-5678|-1|", "8:30|-1|", "2024-04-01|-1|", "abc|-1|", "''|-1|"})
    void numbersAndTheirDefects(String in, int expected, String normalized) {
        StringBuilder n = new StringBuilder();
        assertThat(parse(in, n)).isEqualTo(expected);
        if (expected >= 0) {
            assertThat(n.toString()).isEqualTo(normalized);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2442・2421|1", "'34.6812,139.7671'|3", "'03-1234-5678、03-1234-5679'|1", "9:00～17:00|2", "9:00-17:00|2",
        "2024年4月1日～2024年4月30日|2", "9月7日(土)～11月4日(月・祝)|2", "a@example.jp b@example.jp|1",
        "'1,234'|0", "2024/4/1|0", "8/22|0", "03-1234-5678|0", "市役所・市民会館|0", "1・2・3階|0", "12|0"})
    void severalValuesInOneCell(String in, int expected) {
        assertThat(Cells.multiValue(in)).isEqualTo(expected);
    }

    @Test
    void marksAndSymbols() {
        assertThat(Cells.isDitto("〃")).isTrue();
        assertThat(Cells.isDitto("同上")).isTrue();
        assertThat(Cells.isDitto("同上町")).isFalse();
        assertThat(Cells.isSymbol("X")).isTrue();
        assertThat(Cells.isSymbol("***")).isTrue();
        assertThat(Cells.isSymbol("X線")).isFalse();
        assertThat(Cells.spacedOut("高 松 市")).isTrue();
        assertThat(Cells.spacedOut("高　松　市　役　所")).isTrue();
        assertThat(Cells.spacedOut("x = y")).isFalse();
        assertThat(Cells.spacedOut("山田　太郎")).isFalse();
        assertThat(Cells.startsLikeNote("※ 令和6年4月1日現在")).isTrue();
        assertThat(Cells.startsLikeNote("出典：住民基本台帳")).isTrue();
        assertThat(Cells.startsLikeNote("市役所")).isFalse();
        assertThat(Cells.otherWithDetail("その他（図書館）")).isTrue();
        assertThat(Cells.otherWithDetail("その他")).isFalse();
        assertThat(Cells.otherWithDetail("他")).isFalse();
        assertThat(Cells.looksLikeFormula("=SUM(A1:A3)")).isTrue();
        assertThat(Cells.looksLikeFormula("==")).isFalse();
    }

    @Test
    void scanFlags() {
        Cells.Scan s = new Cells.Scan();
        char[] a = " 東京都  ①ｶ\u00a0".toCharArray();
        Cells.scan(a, 0, a.length, s);
        assertThat(s.flags & Cells.S_LEAD_SPACE).isNotZero();
        assertThat(s.flags & Cells.S_MULTI_SPACE).isNotZero();
        assertThat(s.flags & Cells.S_INVISIBLE).isNotZero();
        assertThat(s.flags & Cells.S_DEPENDENT).isNotZero();
        assertThat(s.dependentClass).isEqualTo(CharClass.EXT_SYMBOL);
        assertThat(s.dependentMask & (1 << CharClass.HALFWIDTH_KANA)).isNotZero();
        char[] n = "-12.5".toCharArray();
        Cells.scan(n, 0, n.length, s);
        assertThat(s.flags & Cells.S_NUMERIC_CHARS_ONLY).isNotZero();
    }

    @Test
    void charClasses() {
        assertThat(CharClass.of('あ')).isEqualTo(CharClass.OK);
        assertThat(CharClass.of('Ａ')).isEqualTo(CharClass.OK);
        assertThat(CharClass.of('①')).isEqualTo(CharClass.EXT_SYMBOL);
        assertThat(CharClass.of('㈱')).isEqualTo(CharClass.EXT_SYMBOL);
        assertThat(CharClass.of('№')).isEqualTo(CharClass.EXT_SYMBOL);
        assertThat(CharClass.of('髙')).isEqualTo(CharClass.EXT_KANJI);
        assertThat(CharClass.of('ｶ')).isEqualTo(CharClass.HALFWIDTH_KANA);
        assertThat(CharClass.of('〜')).isEqualTo(CharClass.MAPPING);
        assertThat(CharClass.of('～')).isEqualTo(CharClass.MAPPING);
        assertThat(CharClass.of('−')).isEqualTo(CharClass.MAPPING);
        assertThat(CharClass.of('㍻')).isEqualTo(CharClass.ERA);
        assertThat(CharClass.of('\u32FF')).isEqualTo(CharClass.ERA);
        assertThat(CharClass.of('\uE000')).isEqualTo(CharClass.PRIVATE_USE);
        assertThat(CharClass.of('é')).isEqualTo(CharClass.NON_JIS);
        assertThat(CharClass.of('\u00a0')).isEqualTo(CharClass.INVISIBLE);
        assertThat(CharClass.of('\u0001')).isEqualTo(CharClass.CONTROL);
        assertThat(MachineDependent.analyse("㈱", false).suggestion()).isEqualTo("(株)");
        assertThat(MachineDependent.analyse("ｶﾞｯｺｳ", false).suggestion()).isEqualTo("ガッコウ");
        assertThat(MachineDependent.analyse("髙", false).suggestion()).isNull();
        assertThat(MachineDependent.analyse("髙", true).severity()).isEqualTo(io.github.civicdata.core.Severity.INFO);
        assertThat(MachineDependent.analyse("ア‐①②", false).key()).isEqualTo("L1-08.unsure.dash");
    }

    @Test
    void uniqueSetFindsDuplicatesAndOverflows() {
        UniqueSet u = new UniqueSet(3000);
        for (int i = 1; i <= 3000; i++) {
            char[] v = ("id" + i + "z").toCharArray();
            assertThat(u.add(v, 0, v.length, i)).isZero();
        }
        char[] dup = "id17z".toCharArray();
        assertThat(u.add(dup, 0, dup.length, 4000)).isEqualTo(17);
        char[] more = "new".toCharArray();
        assertThat(u.add(more, 0, more.length, 4001)).isEqualTo(-1);
        assertThat(u.overflow()).isTrue();
        assertThat(u.overflowRow()).isEqualTo(4001);
    }

    @Test
    void distinctCounterOverflows() {
        DistinctCounter d = new DistinctCounter(3);
        for (String s : new String[] {"有", "無", "有", "あり"}) {
            char[] a = s.toCharArray();
            d.add(a, 0, a.length, 1);
        }
        assertThat(d.entries()).extracting(DistinctCounter.Entry::value).containsExactly("有", "無", "あり");
        assertThat(d.entries().get(0).count()).isEqualTo(2);
        char[] x = "x".toCharArray();
        d.add(x, 0, x.length, 5);
        assertThat(d.overflow()).isTrue();
        assertThat(ChoiceColumns.choiceKey("有り")).isEqualTo(ChoiceColumns.choiceKey("○"));
        assertThat(ChoiceColumns.choiceKey("Ａ型")).isEqualTo(ChoiceColumns.choiceKey("A 型"));
    }

    @Test
    void headerHeuristics() {
        assertThat(TableProcessor.meaninglessHeader("Column3")).isTrue();
        assertThat(TableProcessor.meaninglessHeader("Unnamed: 0")).isTrue();
        assertThat(TableProcessor.meaninglessHeader("列１")).isTrue();
        assertThat(TableProcessor.meaninglessHeader("※")).isTrue();
        assertThat(TableProcessor.meaninglessHeader("№")).isFalse();
        assertThat(TableProcessor.meaninglessHeader("2024")).isFalse();
        assertThat(TableProcessor.meaninglessHeader("名称")).isFalse();
        assertThat(TableProcessor.stem("man12")).isEqualTo("man");
        assertThat(TableProcessor.stem("男性_0-4歳")).isEqualTo("男性");
        assertThat(TableProcessor.stem("2019年度")).isEqualTo("");
        assertThat(TableProcessor.stem("名称")).isNull();
    }
}
