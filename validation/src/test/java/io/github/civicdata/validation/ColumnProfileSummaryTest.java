package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.ColumnSummary;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.TableSummary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ColumnProfileSummaryTest {

    static final String CSV = "名称,台数,区分\nA,3,有\nB,12,無\nC,,有\nD,-4.5,有\n";

    static Report validate(Validator v) {
        return v.validate(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), "t.csv");
    }

    @Test
    void profilesEachColumnOfTheFirstTable() {
        Report r = validate(Validator.builder().profileColumns(true).build());
        assertThat(r.tables()).hasSize(1);
        TableSummary t = r.tables().get(0);
        assertThat(t.source()).isEqualTo("t.csv");
        assertThat(t.rows()).isEqualTo(4);
        ColumnSummary count = t.columns().get(1);
        assertThat(count.header()).isEqualTo("台数");
        assertThat(count.filled()).isEqualTo(3);
        assertThat(count.blank()).isEqualTo(1);
        assertThat(count.min()).hasValue("-4.5");
        assertThat(count.max()).hasValue("12");
        assertThat(count.topValues()).isEmpty();
        ColumnSummary kind = t.columns().get(2);
        assertThat(kind.distinct()).isEqualTo(2);
        assertThat(kind.distinctCapped()).isFalse();
        assertThat(kind.topValues()).extracting(ColumnSummary.ValueCount::value).containsExactly("有", "無");
        assertThat(kind.topValues().get(0).count()).isEqualTo(3);
        assertThat(kind.min()).isEmpty();
    }

    @Test
    void noProfileUnlessAskedAndNoValuesWhenHidden() {
        assertThat(validate(Validator.builder().build()).tables()).isEmpty();
        TableSummary hidden = validate(Validator.builder().profileColumns(true).hideValues(true).build()).tables().get(0);
        for (ColumnSummary c : hidden.columns()) {
            assertThat(c.topValues()).isEmpty();
            assertThat(c.min()).isEmpty();
            assertThat(c.max()).isEmpty();
        }
        assertThat(hidden.columns().get(2).distinct()).isEqualTo(2);
    }

    @Test
    void templateColumnsAreNamed() {
        String aed = "名称,緯度,経度\nA,35.1,139.2\n";
        Report r = Validator.builder().template("aed@2021-suisho").profileColumns(true).build()
                .validate(new ByteArrayInputStream(aed.getBytes(StandardCharsets.UTF_8)), "aed.csv");
        assertThat(r.tables().get(0).columns().get(1).templateColumn()).hasValue("緯度");
        assertThat(r.tables().get(0).columns().get(1).type()).isEqualTo("decimal");
    }
}
