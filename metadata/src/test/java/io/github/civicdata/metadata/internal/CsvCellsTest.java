package io.github.civicdata.metadata.internal;

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
        for (String f : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "  =1", "　=1", "＝1"}) {
            assertThat(CsvCells.defuse(f)).as(f).startsWith("'");
        }
        assertThat(CsvCells.defuse("電話番号")).isEqualTo("電話番号");
        assertThat(CsvCells.defuse("1-2")).isEqualTo("1-2");
    }
}
