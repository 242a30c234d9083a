package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.Obligation;
import io.github.civicdata.vocab.TemplateColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TemplateConformance#indexOf} finds a column by identity instead of the record's
 * {@code equals} (whose first call spins method-handle classes at start-up): it must give what
 * {@code List.indexOf} gives, also when an equal but distinct column comes earlier, and for a
 * column not in the list.
 */
class TemplateColumnIndexTest {

    private static TemplateColumn column(String header, String item, boolean unique) {
        return TemplateColumn.of(header, DataItem.builder(item, item, item).build(), Obligation.OPTIONAL, unique);
    }

    @Test
    void sameIndexAsIndexOf() {
        Random rnd = new Random(16);
        String[] headers = {"ID", "名称", "緯度"};
        for (int round = 0; round < 500; round++) {
            List<TemplateColumn> cols = new ArrayList<>();
            int n = 1 + rnd.nextInt(6);
            for (int k = 0; k < n; k++) {
                // equal copies (same header, item and flags) and near copies (same header, other item)
                cols.add(column(headers[rnd.nextInt(3)], rnd.nextBoolean() ? "a" : "b", rnd.nextInt(4) == 0));
            }
            for (TemplateColumn tc : cols) {
                assertThat(TemplateConformance.indexOf(cols, tc)).isEqualTo(cols.indexOf(tc));
            }
            TemplateColumn other = column(headers[rnd.nextInt(3)], "a", false);
            assertThat(TemplateConformance.indexOf(cols, other)).isEqualTo(cols.indexOf(other));
        }
        TemplateColumn first = column("ID", "a", true);
        TemplateColumn copy = column("ID", "a", true);
        assertThat(TemplateConformance.indexOf(List.of(first, copy), copy)).isZero();
    }
}
