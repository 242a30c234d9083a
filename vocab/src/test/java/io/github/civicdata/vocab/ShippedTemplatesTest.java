package io.github.civicdata.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shipped templates reproduce the reference definitions copied into test resources
 * (reference/standard-datasets, see SOURCES.md there): headers, order and obligations.
 */
class ShippedTemplatesTest {

    private static final String REF = "/reference/standard-datasets/";
    private static final Map<String, String> LEGACY_IDS = new LinkedHashMap<>();

    static {
        String[] ids = {"aed", "care-service-office", "medical-institution", "cultural-property", "tourist-facility",
            "event", "public-wifi", "public-toilet", "fire-water-facility", "designated-emergency-evacuation-site",
            "population-by-area-and-age", "public-facility", "childcare-facility", "open-data-list"};
        for (int i = 0; i < ids.length; i++) {
            LEGACY_IDS.put(String.format("%02d", i + 1), ids[i]);
        }
    }

    private final Vocabulary v = Vocabulary.standard();

    @Test
    void shipsNineteenTemplatesAndEveryItemIsUsed() {
        assertThat(v.templates()).hasSize(29);
        assertThat(v.templates().stream().filter(t -> t.version().equals("2021-suisho"))).hasSize(14);
        assertThat(v.templates().stream().filter(t -> t.version().equals("2026-08"))).hasSize(5);
        assertThat(v.templates().stream().filter(t -> t.version().equals("2024-observed"))).hasSize(10);
        Set<String> used = new HashSet<>();
        v.templates().forEach(t -> t.columns().forEach(c -> used.add(c.item().id())));
        // every item but the GIF core data model's (which name no columns) is used by a template
        assertThat(used).containsAll(v.items().stream().map(DataItem::id).filter(id -> !id.startsWith("gif-")).toList());
        assertThat(v.items().stream().filter(i -> !i.id().startsWith("gif-"))).allMatch(i -> used.contains(i.id()));
        // 203 curated items, 302 of the GIF core data model, 76 new items of the observed templates
        assertThat(v.items()).hasSize(203 + 302 + 76);
    }

    @Test
    void legacyTemplatesMatchTheFlattenedReference() throws Exception {
        List<Map<String, String>> rows = TestCsv.read(REF + "legacy-suisho-2021-items.csv");
        assertThat(rows).hasSize(367);
        for (Map.Entry<String, String> e : LEGACY_IDS.entrySet()) {
            List<Map<String, String>> ds = rows.stream().filter(r -> r.get("dataset_no").equals(e.getKey())).toList();
            DatasetTemplate t = v.template(e.getValue(), "2021-suisho").orElseThrow();
            assertThat(t.name()).isEqualTo(ds.get(0).get("dataset"));
            assertThat(t.number()).contains(e.getKey());
            assertThat(t.headers()).containsExactlyElementsOf(ds.stream().map(r -> r.get("item_name")).toList());
            for (int i = 0; i < ds.size(); i++) {
                Obligation expected = ds.get(i).get("required").equals("required") ? Obligation.REQUIRED
                        : Obligation.OPTIONAL;
                assertThat(t.columns().get(i).obligation()).as(t.key() + " " + t.headers().get(i)).isEqualTo(expected);
                String en = ds.get(i).get("enum");
                if (!en.isEmpty() && !en.equals("1|")) {
                    assertThat(t.columns().get(i).item().constraints().enumeration())
                            .containsExactlyElementsOf(List.of(en.split("\\|")));
                }
            }
            assertThat(t.confidence()).isEqualTo(Confidence.DERIVED);
            assertThat(t.complete()).isTrue();
        }
    }

    @Test
    void currentPublicToiletMatchesTheDefinitionBook() throws Exception {
        List<Map<String, String>> rows = TestCsv.read(REF + "13_public-toilet_schema.csv");
        DatasetTemplate t = v.template("public-toilet").orElseThrow();
        assertThat(t.version()).isEqualTo("2026-08");
        assertThat(t.columns()).hasSize(39);
        assertThat(t.headers()).containsExactlyElementsOf(rows.stream().map(r -> r.get("name")).toList());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(t.columns().get(i).obligation()).as(t.headers().get(i))
                    .isEqualTo(Obligation.parse(rows.get(i).get("classification")).orElseThrow());
            assertThat(t.columns().get(i).example().orElse("")).isEqualTo(rows.get(i).get("example"));
        }
        assertThat(t.column("名称").orElseThrow().obligation()).isEqualTo(Obligation.REQUIRED);
        assertThat(t.column("バリアフリートイレ数").orElseThrow().obligation()).isEqualTo(Obligation.RECOMMENDED);
        assertThat(t.column("町字ID").orElseThrow().obligation()).isEqualTo(Obligation.OPTIONAL);
    }

    @Test
    void currentPartialAndObservedTemplatesMatchTheirFiles() throws Exception {
        Map<String, String> files = Map.of(
                "designated-emergency-evacuation-site", "03_designated-emergency-evacuation-site.csv",
                "tourist-facility", "11_tourist-facility.csv",
                "fire-water-facility", "14_fire-water-facility.csv",
                "food-business-permit", "15_food-business-permit.csv");
        for (Map.Entry<String, String> e : files.entrySet()) {
            List<Map<String, String>> rows = TestCsv.read(REF + "current/" + e.getValue());
            DatasetTemplate t = v.template(e.getKey(), "2026-08").orElseThrow();
            assertThat(t.headers()).containsExactlyElementsOf(rows.stream().map(r -> r.get("item_name")).toList());
            for (int i = 0; i < rows.size(); i++) {
                Obligation expected = rows.get(i).get("category").equals("unknown") ? Obligation.UNKNOWN
                        : Obligation.parse(rows.get(i).get("category")).orElseThrow();
                assertThat(t.columns().get(i).obligation()).isEqualTo(expected);
            }
        }
        assertThat(v.template("designated-emergency-evacuation-site").orElseThrow().columns()).hasSize(39);
        assertThat(v.template("tourist-facility").orElseThrow().complete()).isFalse();
        assertThat(v.template("tourist-facility").orElseThrow().confidence()).isEqualTo(Confidence.OFFICIAL);
        assertThat(v.template("fire-water-facility").orElseThrow().confidence()).isEqualTo(Confidence.OBSERVED);
        assertThat(v.template("food-business-permit").orElseThrow().columns()).hasSize(34);
    }

    @Test
    void sameHeaderDifferentConceptIsKeptApart() {
        assertThat(v.template("fire-water-facility", "2021-suisho").orElseThrow().column("種別").orElseThrow()
                .item().id()).isEqualTo("fire-water-type");
        assertThat(v.template("fire-water-facility", "2026-08").orElseThrow().column("種別").orElseThrow()
                .item().id()).isEqualTo("fire-water-type");
        assertThat(v.template("childcare-facility").orElseThrow().column("種別").orElseThrow().item().id())
                .isEqualTo("childcare-facility-type");
    }

    @Test
    void latitudeIsOneItemEverywhere() {
        Set<DataItem> lats = new HashSet<>();
        for (DatasetTemplate t : v.templates()) {
            t.column("緯度").ifPresent(c -> lats.add(c.item()));
        }
        assertThat(lats).hasSize(1);
        assertThat(lats.iterator().next().id()).isEqualTo("latitude");
        // 16 definition-book templates and 6 observed ones (投票所_緯度 … hold the same item)
        assertThat(v.templates().stream().filter(t -> t.column("緯度").isPresent())).hasSize(16 + 6);
    }
}
