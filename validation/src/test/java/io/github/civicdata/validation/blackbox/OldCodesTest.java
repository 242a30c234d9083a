package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Former 全国地方公共団体コード (abolished by a merger or a reorganisation of wards) are reported as old
 * codes naming today's code, and the reference date ({@code asOf}) decides whether they are errors.
 */
class OldCodesTest {

    private static final String CSV = "全国地方公共団体コード,ID,地方公共団体名,名称\n"
            + "221317,1,浜松市,中区の施設\n"
            + "221384,2,浜松市,中央区の施設\n"
            + "221376,3,浜松市,天竜区の施設\n"
            + "015482,4,端野町,端野の施設\n";

    private static List<Finding> codeFindings(Validator v) {
        Report r = v.validate(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), "codes.csv");
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain(Validator.INTERNAL_ERROR);
        return r.findings().stream().filter(f -> f.ruleId().equals("L3-06")).toList();
    }

    @Test
    void withoutAReferenceDateOldCodesAreErrorsThatNameTodaysCode() {
        List<Finding> f = codeFindings(Validator.builder().detectTemplate(false).build());
        assertThat(f).extracting(x -> x.location().row().orElse(0L)).containsExactly(1L, 3L, 4L);
        assertThat(f).allMatch(x -> x.severity() == Severity.ERROR);
        String naka = Messages.get().localize(f.get(0)).en();
        assertThat(naka).contains("old code", "valid until 2023-12-31", "221384 静岡県浜松市中央区");
        assertThat(Messages.get().localize(f.get(0)).ja()).contains("旧コード", "2023-12-31 まで有効");
        // 中区 became part of the larger 中央区: replacing the code would change the data, so no suggestion
        assertThat(f.get(0).suggestion()).isEmpty();
        // 天竜区 was only re-coded (区名、区域の変更なし): the new code is a safe replacement
        assertThat(f.get(1).suggestion()).contains("221406");
        assertThat(Messages.get().localize(f.get(2)).en()).contains("端野町", "2006-03-05", "012084 北海道北見市");
    }

    @Test
    void aReferenceDateDecidesWhichCodesWereInEffect() {
        List<Finding> before = codeFindings(Validator.builder().detectTemplate(false)
                .asOf(LocalDate.of(2023, 12, 31)).build());
        // the old wards were in effect; 中央区 was not yet; 端野町 had merged long before
        assertThat(before).extracting(x -> x.location().row().orElse(0L)).containsExactly(2L, 4L);
        assertThat(Messages.get().localize(before.get(0)).en()).contains("took effect on 2024-01-01");
        List<Finding> fiscalYear = codeFindings(Validator.builder().detectTemplate(false)
                .referencePeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)).build());
        assertThat(fiscalYear).extracting(x -> x.location().row().orElse(0L)).containsExactly(4L);
        List<Finding> old = codeFindings(Validator.builder().detectTemplate(false)
                .asOf(LocalDate.of(2005, 4, 1)).build());
        assertThat(old).extracting(x -> x.location().row().orElse(0L)).containsExactly(1L, 2L, 3L);
    }
}
