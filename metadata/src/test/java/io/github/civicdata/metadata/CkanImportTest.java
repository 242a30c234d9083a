package io.github.civicdata.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CkanImportTest {

    private static final RecordReader CKAN = CkanImport.reader().checks(RecordChecks.standard()).build();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = CkanImportTest.class.getResourceAsStream("ckan/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void importsAMunicipalPackageShowResponse() throws Exception {
        RecordReadResult r = CKAN.read(fixture("package_show_toilet.json"), "package_show_toilet.json");
        DatasetRecord rec = r.record().orElseThrow();
        assertThat(rec.identifier()).isEqualTo("132993-public-toilet");
        assertThat(rec.title().ja()).isEqualTo("公衆トイレ一覧");
        assertThat(rec.description().orElseThrow().ja()).startsWith("青葉台市が管理する").contains("\r\n");
        assertThat(rec.publisher()).isEqualTo(Publisher.of(new LocalGovernmentCode("132993"), "青葉台市"));
        assertThat(rec.contactPoint().orElseThrow().name()).isEqualTo("総務部 情報政策課");
        assertThat(rec.contactPoint().orElseThrow().email()).contains("opendata@city.aobadai.example.lg.jp");
        assertThat(rec.keywords()).containsExactlyInAnyOrder("トイレ", "バリアフリー", "標準オープンデータセット");
        assertThat(rec.themes()).containsExactly(StatisticalField.SOCIAL_SECURITY_HEALTH);
        assertThat(rec.license()).contains(KnownLicense.CC_BY_4_0);
        assertThat(rec.issued()).contains(LocalDate.of(2023, 4, 1));          // extra 公開日 2023/04/01
        assertThat(rec.modified()).contains(LocalDate.of(2024, 10, 1));       // 02:30 UTC is 11:30 JST
        assertThat(rec.accrualPeriodicity()).contains(Frequency.ANNUAL);      // 年1回
        assertThat(rec.landingPage().orElseThrow().toString()).endsWith("toilet.html");
        assertThat(rec.distributions()).hasSize(2);
        Distribution csv = rec.distributions().get(0);
        assertThat(csv.format()).isEqualTo("CSV");
        assertThat(csv.mediaType()).contains("text/csv");
        assertThat(csv.characterEncoding()).contains("UTF-8");
        assertThat(csv.bom()).contains(true);
        assertThat(csv.byteSize().getAsLong()).isEqualTo(18234);
        assertThat(csv.checksum().orElseThrow().algorithm()).isEqualTo(ChecksumAlgorithm.SHA256);
        assertThat(rec.distributions().get(1).format()).isEqualTo("PDF");
        assertThat(rec.extras()).containsEntry("ckan:/author", "青葉台市 環境部 環境衛生課")
                .containsEntry("ckan:/id", "0f6c4c5e-2a7b-4d8e-9b3a-1c2d3e4f5a6b")
                .containsEntry("ckan:/version", "2024年度版")
                .containsEntry("ckan:/isopen", "true")
                .containsEntry("ckan:/groups/1/title", "くらし")
                .containsEntry("ckan:/resources/0/created", "2023-03-31T16:06:40.101010")
                .containsEntry("ckan:extras:備考", "設置場所の変更は随時反映します。")
                .containsEntry("ckan:extras:データ提供部署", "環境部 環境衛生課")
                .doesNotContainKey("ckan:extras:全国地方公共団体コード")
                .doesNotContainKey("ckan:/num_resources");
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly(MetadataRules.CKAN_EXTRAS);
    }

    /** Every leaf of the package is mapped, kept as an extra, or one of the documented derived fields. */
    @Test
    void nothingIsSilentlyDropped() throws Exception {
        byte[] bytes = fixture("package_show_toilet.json");
        DatasetRecord rec = CKAN.read(bytes, "t.json").record().orElseThrow();
        JsonNode pkg = new ObjectMapper().readTree(bytes).get("result");
        Set<String> mapped = Set.of("/name", "/title", "/notes", "/organization/title", "/maintainer",
                "/maintainer_email", "/tags/0/name", "/tags/1/name", "/tags/2/name", "/groups/0/title",
                "/groups/0/display_name", "/license_id", "/license_title", "/license_url", "/metadata_modified",
                "/url", "/extras/0/key", "/extras/0/value", "/extras/1/key", "/extras/1/value", "/extras/2/key",
                "/extras/2/value", "/extras/3/key", "/extras/3/value", "/extras/4/key", "/extras/4/value",
                "/resources/0/format", "/resources/0/name", "/resources/0/description", "/resources/0/mimetype",
                "/resources/0/url", "/resources/0/size", "/resources/0/hash", "/resources/0/文字コード",
                "/resources/0/BOM", "/resources/1/format", "/resources/1/name", "/resources/1/description",
                "/resources/1/mimetype", "/resources/1/url");
        Set<String> omitted = Set.of("/num_resources", "/num_tags", "/resources/0/position", "/resources/1/position",
                "/resources/0/package_id", "/resources/1/package_id", "/tags/0/display_name", "/tags/1/display_name",
                "/tags/2/display_name");
        Set<String> leaves = new HashSet<>();
        leaves(pkg, "", leaves);
        for (String leaf : leaves) {
            boolean kept = rec.extras().containsKey("ckan:" + leaf);
            assertThat(mapped.contains(leaf) || omitted.contains(leaf) || kept).as(leaf).isTrue();
            assertThat(mapped.contains(leaf) && kept).as("mapped and kept: " + leaf).isFalse();
        }
        assertThat(rec.extras().keySet()).allMatch(k -> k.startsWith("ckan:extras:") || leaves.contains(k.substring(5)));
        // the CKAN extras that were not mapped are kept by key
        assertThat(rec.extras()).containsKeys("ckan:extras:備考", "ckan:extras:データ提供部署");
    }

    private static void leaves(JsonNode n, String ptr, Set<String> out) {
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                leaves(e.getValue(), ptr + "/" + e.getKey(), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                leaves(n.get(i), ptr + "/" + i, out);
            }
        } else if (!n.isNull() && !n.asText().isEmpty()) {
            out.add(ptr);
        }
    }

    @Test
    void packageWithoutCodeNeedsADefaultPublisher() throws Exception {
        RecordReadResult without = CKAN.read(fixture("package_no_code.json"), "aed.json");
        assertThat(without.records()).isEmpty();
        assertThat(without.findings()).extracting(Finding::messageKey).contains("metadata.ckan-mapping.publisher");

        RecordReader withDefault = CkanImport.reader().checks(RecordChecks.standard())
                .defaultPublisher(Publisher.of(LocalGovernmentCode.parse("13299"))).build();
        RecordReadResult r = withDefault.read(fixture("package_no_code.json"), "aed.json");
        DatasetRecord rec = r.record().orElseThrow();
        assertThat(rec.publisher()).isEqualTo(Publisher.of(new LocalGovernmentCode("132993"), "青葉台市"));
        assertThat(rec.issued()).contains(LocalDate.of(2022, 1, 5)); // 23:30 UTC is the next day in Japan
        assertThat(rec.license()).isEmpty();
        assertThat(rec.extras()).containsEntry("ckan:/license_id", "other-at")
                .containsEntry("ckan:/license_title", "青葉台市オープンデータ利用規約")
                .containsEntry("ckan:/resources/1/url", "https://opendata.city.aobadai.example.lg.jp/aed/list");
        assertThat(rec.distributions()).extracting(Distribution::format).containsExactly("XLSX");
        // the record checks point back into the CKAN document
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals(MetadataRules.MODIFIED_BEFORE_ISSUED))
                .extracting(f -> f.location().pointer().orElseThrow()).containsExactly("/metadata_modified");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals(MetadataRules.LICENSE_MISSING))
                .extracting(f -> f.location().pointer().orElseThrow()).containsExactly("/license_id");
        assertThat(r.findings()).allMatch(f -> f.location().line().isPresent());
    }

    @Test
    void notAPackageIsAFinding() throws Exception {
        RecordReadResult r = CKAN.read(fixture("package_show_error.json"), "err.json");
        assertThat(r.records()).isEmpty();
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly(MetadataRules.CKAN_NOT_PACKAGE);
        assertThat(r.findings()).extracting(Finding::messageKey).containsExactly("metadata.ckan-not-package.failed");
        List<Finding> array = CKAN.read("[1,2]".getBytes(StandardCharsets.UTF_8), "a.json").findings();
        assertThat(array).extracting(Finding::ruleId).containsExactly(MetadataRules.CKAN_NOT_PACKAGE);
        assertThat(array).extracting(Finding::messageKey).containsExactly("metadata.ckan-not-package.shape");
        for (Finding f : List.of(r.findings().get(0), array.get(0))) {
            String ja = Messages.get().format(Locale.JAPANESE, f.messageKey(), f.arguments());
            assertThat(ja).as("no English details in the Japanese message").doesNotContainPattern("[a-z]+ [a-z]+ [a-z]+")
                    .contains("CKANのパッケージ");
        }
        assertThat(CKAN.read("{".getBytes(StandardCharsets.UTF_8), "a.json").findings())
                .extracting(Finding::ruleId).containsExactly(MetadataRules.JSON_SYNTAX);
    }

    @Property(tries = 50)
    void unknownFieldsAreAlwaysKept(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String key,
            @ForAll @StringLength(min = 1, max = 30) String value) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = (ObjectNode) m.readTree(fixture("package_show_toilet.json"));
        ObjectNode pkg = (ObjectNode) root.get("result");
        String field = "x_" + key;
        pkg.put(field, value);
        ((ObjectNode) pkg.get("resources").get(0)).put(field, value);
        DatasetRecord rec = CKAN.read(m.writeValueAsBytes(root), "p.json").record().orElseThrow();
        if (!value.isEmpty()) {
            assertThat(rec.extras()).containsKey("ckan:/" + field).containsKey("ckan:/resources/0/" + field);
        }
    }
}
