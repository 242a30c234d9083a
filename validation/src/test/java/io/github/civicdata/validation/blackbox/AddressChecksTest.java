package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import io.github.civicdata.vocab.Confidence;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Obligation;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.address.TownMaster;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The address checks of templates (GIF コアデータパーツ 住所 DS-442): 丁目・番地 notations mixed in one
 * column (L2-04), whole addresses without their prefecture, and 町字ID → 町字 → 市区町村 → 都道府県 against
 * the code and the ABR 町字 file of 和歌山県.
 */
class AddressChecksTest {

    /** The ABR file is kept once, in the vocab module's test resources. */
    static final Path WAKAYAMA = Path.of("../vocab/src/test/resources/reference/address/"
            + "abr_mt_town_pref30_wakayama_2026-03-10.csv");

    private static DatasetTemplate template() {
        Vocabulary v = Vocabulary.standard();
        List<TemplateColumn> cols = new ArrayList<>();
        String[][] c = {{"所在地_全国地方公共団体コード", "located-local-government-code"}, {"町字ID", "machiaza-id"},
            {"所在地_連結表記", "full-address"}, {"所在地_都道府県", "located-prefecture"},
            {"所在地_市区町村", "located-municipality"}, {"所在地_町字", "located-machiaza"},
            {"所在地_番地以下", "located-block-number"}};
        for (String[] x : c) {
            cols.add(TemplateColumn.of(x[0], v.item(x[1]).orElseThrow(), Obligation.OPTIONAL, false));
        }
        return new DatasetTemplate("address-test", "1", "住所テスト", "Address test", Optional.empty(), "", Confidence.LOCAL,
                true, "", "test", "", cols);
    }

    private static final String CSV = "所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下\n"
            + "302015,0001000,和歌山県和歌山市葵町1-2,和歌山県,和歌山市,葵町,1-2\n"
            + "302015,0002000,和歌山市秋月3番4号,和歌山県,和歌山市,秋月,３番地４\n"
            + "302015,0999000,和歌山県和歌山市不明町1-1,和歌山県,和歌山市,不明町,1-1\n"
            + "302015,0001000,和歌山県和歌山市秋月1-1,和歌山県,海南市,秋月,1-1\n"
            + "302015,0001000,和歌山県和歌山市葵町2-2,大阪府,和歌山市,葵町,2-2\n";

    private static Report validate(Validator v) {
        Report r = v.validate(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), "addresses.csv");
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain(Validator.INTERNAL_ERROR);
        return r;
    }

    private static List<String> keys(Report r) {
        return r.findings().stream().filter(f -> f.messageKey().contains("address") || f.messageKey().contains("mismatch")
                || f.messageKey().contains("machiaza")).map(f -> f.messageKey() + "@" + f.location().row().orElse(0L))
                .toList();
    }

    @Test
    void withTheTownFileEveryLinkOfTheChainIsChecked() {
        assertThat(Files.exists(WAKAYAMA)).as(WAKAYAMA.toAbsolutePath().toString()).isTrue();
        Report r = validate(Validator.builder().template(template()).towns(TownMaster.read(WAKAYAMA)).build());
        assertThat(keys(r)).containsExactlyInAnyOrder(
                "constraint-error.address-prefecture@2",
                "L3-06.machiaza-unknown@3",
                "L3-06.municipality-mismatch@4", "L3-06.machiaza-name@4",
                "L3-06.prefecture-mismatch@5",
                "L2-04.address-notation@0", "L2-04.address-notation@0");
        Finding prefix = find(r, "constraint-error.address-prefecture");
        assertThat(prefix.suggestion()).contains("和歌山県和歌山市秋月3番4号");
        assertThat(Messages.get().localize(prefix).ja()).contains("都道府県から");
        Finding notation = r.findings().stream().filter(f -> f.messageKey().equals("L2-04.address-notation")
                && f.location().header().orElse("").equals("所在地_番地以下")).findFirst().orElseThrow();
        assertThat(Messages.get().localize(notation).en()).contains("「1-2」×4", "「３番地４」×1", "DS-442");
        assertThat(Messages.get().localize(find(r, "L3-06.machiaza-name")).en()).contains("0001000", "「葵町」",
                "「秋月」");
        assertThat(Messages.get().localize(find(r, "L3-06.machiaza-unknown")).ja()).contains("0999000", "和歌山市");
    }

    @Test
    void withoutTheTownFileTheCodeStillNamesMunicipalityAndPrefecture() {
        Report r = validate(Validator.builder().template(template()).build());
        assertThat(keys(r)).doesNotContain("L3-06.machiaza-unknown@3").contains("L3-06.municipality-mismatch@4",
                "L3-06.prefecture-mismatch@5");
    }

    @Test
    void valuesAreHiddenWhenAsked() {
        Report r = validate(Validator.builder().template(template()).hideValues(true).towns(TownMaster.read(WAKAYAMA))
                .build());
        for (Finding f : r.findings()) {
            assertThat(Messages.get().localize(f).en()).doesNotContain("秋月", "不明町", "３番地４");
        }
    }

    private static Finding find(Report r, String key) {
        return r.findings().stream().filter(f -> f.messageKey().equals(key)).findFirst().orElseThrow();
    }
}
