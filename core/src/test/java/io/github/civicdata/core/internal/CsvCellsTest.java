package io.github.civicdata.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void quotesWhenNeeded() {
        assertThat(CsvCells.cell("plain")).isEqualTo("plain");
        assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvCells.cell("")).isEmpty();
    }

    @Test
    void defusesFormulas() {
        for (String f : new String[] {"=1+1", "+A1", "-1+2", "-cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1",
            "  =1", "　=1", "＝1", "＋1", "－1", "--", "+", " -1", "-1e", "1e5", "-"}) {
            if (f.equals("1e5") || f.equals("-")) {
                continue;
            }
            assertThat(CsvCells.defuse(f)).as(f).startsWith("'");
        }
        assertThat(CsvCells.defuse("電話番号")).isEqualTo("電話番号");
        assertThat(CsvCells.defuse("1-2")).isEqualTo("1-2");
    }

    @Test
    void keepsPlainNumbersAndALoneDash() {
        for (String v : new String[] {"-12", "+81", "-0.5", "1e-3", "-1.5E+3", "-", "－", "'=1", ""}) {
            assertThat(CsvCells.defuse(v)).as(v).isEqualTo(v);
            assertThat(CsvCells.needsDefusing(v)).as(v).isFalse();
        }
    }

    @Test
    void defusingIsIdempotent() {
        for (String v : new String[] {"=1", "-A", "@x", "+", "\t"}) {
            String once = CsvCells.defuse(v);
            assertThat(CsvCells.defuse(once)).isEqualTo(once);
        }
    }
}
