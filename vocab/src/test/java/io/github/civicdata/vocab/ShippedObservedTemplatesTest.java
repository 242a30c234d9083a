package io.github.civicdata.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The templates of version 2024-observed against the observed headers they were made from. */
class ShippedObservedTemplatesTest {

    private static final String REF = "/reference/standard-datasets/current/observed/";
    private static final Map<String, String> IDS = Map.of("04", "population-by-area-and-age", "17", "school-district",
            "23", "emergency-radio", "24", "educational-institution", "26", "bicycle-parking", "27", "polling-place",
            "28", "garbage-separation", "30", "garbage-collection-point", "B-facility", "facility");

    private final Vocabulary v = Vocabulary.standard();

    @Test
    void everyObservedHeaderIsAColumnInTheObservedOrder() throws Exception {
        List<Map<String, String>> rows = TestCsv.read(REF + "hino-132128-ods-headers-2024-03-28.csv");
        assertThat(rows).hasSize(140);
        for (Map.Entry<String, String> e : IDS.entrySet()) {
            List<String> expected = new ArrayList<>();
            for (Map<String, String> r : rows) {
                if (!r.get("dataset_no").equals(e.getKey())) {
                    continue;
                }
                String h = r.get("header_name");
                if (h.contains(" … ")) {
                    for (int a = 0; a <= 85; a += 5) {
                        String age = a == 85 ? "85歳以上" : a + "-" + (a + 4) + "歳";
                        expected.add(age + "の男性");
                        expected.add(age + "の女性");
                    }
                } else if (!h.contains(" / ")) { // columns whose file is not confirmed are left out
                    expected.add(h);
                }
            }
            DatasetTemplate t = v.template(e.getValue(), "2024-observed").orElseThrow();
            assertThat(t.headers()).as(t.key()).containsExactlyElementsOf(expected);
            assertThat(t.confidence()).isEqualTo(Confidence.OBSERVED);
            assertThat(t.complete()).isFalse();
            assertThat(t.columns()).allMatch(c -> c.obligation() == Obligation.UNKNOWN);
            assertThat(v.template(e.getValue())).as("the latest version of " + e.getValue()).contains(t);
        }
    }

    @Test
    void theCurrentOpenDataListHasItsFortyFiveColumns() throws Exception {
        List<Map<String, String>> rows = TestCsv.read(REF + "06_open-data-list_current-header_shirasagi.csv");
        DatasetTemplate t = v.template("open-data-list", "2024-observed").orElseThrow();
        assertThat(t.headers()).containsExactlyElementsOf(rows.stream().map(r -> r.get("header_name")).toList());
        assertThat(t.columns()).hasSize(45);
        // 28 columns about the dataset (26 データセット_* and the leading 全国地方公共団体コード, 地方公共団体名), 17 per file
        assertThat(t.headers().stream().filter(h -> h.startsWith("データセット_"))).hasSize(26);
        assertThat(t.headers().subList(1, 3)).containsExactly("全国地方公共団体コード", "地方公共団体名");
        assertThat(t.headers().stream().filter(h -> h.startsWith("ファイル_"))).hasSize(17);
        assertThat(t.complete()).isTrue();
        assertThat(v.template("open-data-list", "2021-suisho")).isPresent();
    }

    @Test
    void typesComeFromTheGifModelOrTheVocabularyAndSaySo() {
        DatasetTemplate p = v.template("polling-place", "2024-observed").orElseThrow();
        TemplateColumn lat = p.column("投票所_緯度").orElseThrow();
        assertThat(lat.item().id()).isEqualTo("latitude");
        assertThat(lat.provenance()).isEqualTo(Provenance.DERIVED_GIF);
        assertThat(p.column("投票所_座標参照系コード").orElseThrow().item().id())
                .isEqualTo("gif-address-coordinate-reference-system-code");
        TemplateColumn number = p.column("投票区番号").orElseThrow();
        assertThat(number.provenance()).isEqualTo(Provenance.OBSERVED);
        assertThat(number.item().datatype()).isEqualTo(Datatype.STRING);
        assertThat(number.item().constraints().format()).isEmpty();
        assertThat(p.provenance()).isEqualTo("observed: derived-gif 12, observed 4");
        DatasetTemplate facility = v.template("facility", "2024-observed").orElseThrow();
        assertThat(facility.column("施設_開始時刻").orElseThrow().item().constraints().format())
                .contains(NamedFormat.TIME_HHMM);
        assertThat(v.template("population-by-area-and-age", "2024-observed").orElseThrow().column("調査年月日")
                .orElseThrow().provenance()).isEqualTo(Provenance.VOCABULARY);
        assertThat(v.template("public-toilet", "2026-08").orElseThrow().provenance()).isEqualTo("derived");
        // a header observed in two spellings matches either
        DatasetTemplate edu = v.template("educational-institution", "2024-observed").orElseThrow();
        assertThat(edu.column("教育機関_学校所在地_市区町村")).isPresent();
    }

    @Test
    void twoFileDatasetsNameTheirCompanionAndKey() {
        for (String id : List.of("emergency-radio", "bicycle-parking", "polling-place", "garbage-collection-point")) {
            DatasetTemplate t = v.template(id, "2024-observed").orElseThrow();
            DatasetTemplate.Companion c = t.companion().orElseThrow();
            assertThat(c.key()).isEqualTo("施設_ID");
            DatasetTemplate facility = v.companionOf(t).orElseThrow();
            assertThat(facility.key()).isEqualTo("facility@2024-observed");
            assertThat(facility.column("施設_ID")).isPresent();
            assertThat(t.column("施設_ID").orElseThrow().item()).isEqualTo(facility.column("施設_ID").orElseThrow().item());
        }
        assertThat(v.template("school-district", "2024-observed").orElseThrow().companion()).isEmpty();
    }
}
