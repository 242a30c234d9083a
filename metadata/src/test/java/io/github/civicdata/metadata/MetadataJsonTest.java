package io.github.civicdata.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.core.Finding;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataJsonTest {

    static DatasetRecord sample() {
        return DatasetRecord.builder("aobadai-public-toilet", BilingualText.of("公衆トイレ一覧", "Public toilets"),
                        Publisher.of(LocalGovernmentCode.parse("13299"), "青葉台市"))
                .description(BilingualText.of("青葉台市が管理する公衆トイレの一覧です。"))
                .license(KnownLicense.CC_BY_4_0)
                .keyword("トイレ")
                .issued(LocalDate.of(2023, 4, 1))
                .modified(LocalDate.of(2024, 10, 1))
                .accrualPeriodicity(Frequency.ANNUAL)
                .distribution(Distribution.builder("CSV").mediaType("text/csv").characterEncoding("UTF-8").bom(true)
                        .downloadUrl(URI.create("https://www.city.aobadai.example.lg.jp/opendata/toilet.csv")).build())
                .inventory(InventoryEntry.builder("環境部 環境衛生課", InventoryCategory.BUSINESS_SYSTEM, DisclosureLevel.OPEN)
                        .dataItem("name", "address").candidacy(OpenDataCandidacy.PUBLISHED).build())
                .build();
    }

    @Test
    void writesStableDocumentedFieldNamesAndIsoDates() throws Exception {
        String json = MetadataJson.write(sample());
        JsonNode n = new ObjectMapper().readTree(json);
        assertThat(n.get("identifier").asText()).isEqualTo("aobadai-public-toilet");
        assertThat(n.at("/title/ja").asText()).isEqualTo("公衆トイレ一覧");
        assertThat(n.at("/publisher/code").asText()).isEqualTo("132993");
        assertThat(n.get("license").asText()).isEqualTo("CC-BY-4.0");
        assertThat(n.get("issued").asText()).isEqualTo("2023-04-01");
        assertThat(n.get("accrualPeriodicity").asText()).isEqualTo("ANNUAL");
        assertThat(n.at("/distributions/0/downloadURL").asText()).endsWith("toilet.csv");
        assertThat(n.at("/distributions/0/bom").asBoolean()).isTrue();
        assertThat(n.at("/inventory/disclosureLevel").asText()).isEqualTo("open");
        assertThat(n.at("/inventory/containsPersonalData").isBoolean()).isTrue();
        assertThat(n.has("extras")).isFalse();
        assertThat(json).startsWith("{\n  \"identifier\": ").endsWith("}\n").doesNotContain("\r");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetadataJson.write(sample(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void writtenJsonIsValidAgainstThePublishedSchema() {
        assertThat(MetadataJson.parse(MetadataJson.write(sample()))).isEqualTo(sample());
    }

    @Test
    void schemasArePublishedInTheJar() throws Exception {
        for (MetadataSchema s : MetadataSchema.values()) {
            JsonNode n = new ObjectMapper().readTree(s.text());
            assertThat(n.get("$id").asText()).isEqualTo(s.id());
            assertThat(getClass().getResource(s.resourcePath())).isNotNull();
        }
    }

    @Test
    void everyViolationIsReportedNotOnlyTheFirst() {
        String json = "{\"identifier\": \"a b\", \"title\": {\"en\": \"x\"}, \"publisher\": {\"code\": \"1\"},"
                + " \"issued\": \"2024-13-01\", \"bogus\": 1}";
        RecordReadResult r = MetadataJson.reader().build().read(json.getBytes(StandardCharsets.UTF_8), "x.json");
        assertThat(r.records()).isEmpty();
        assertThat(r.findings()).extracting(f -> f.location().pointer().orElseThrow())
                .containsExactlyInAnyOrder("/identifier", "/title/ja", "/publisher/code", "/issued", "/bogus");
        assertThat(r.findings()).allMatch(f -> f.location().line().isPresent() && f.location().column().isPresent());
    }

    @Test
    void schemaRejectsDataItemIdsTheRecordRejects() {
        String json = "{\"identifier\": \"x\", \"title\": {\"ja\": \"t\"}, \"publisher\": {\"code\": \"132993\"},"
                + " \"inventory\": {\"department\": \"課\", \"category\": \"other\", \"containsPersonalData\": false,"
                + " \"disclosureLevel\": \"open\", \"dataItems\": [\"name\", \".\", \"電話番号\", \"Phone\", \"%s\"]}}";
        String tooLong = "a".repeat(InventoryEntry.MAX_ITEM_ID_LENGTH + 1);
        RecordReadResult r = MetadataJson.reader().build()
                .read(String.format(json, tooLong).getBytes(StandardCharsets.UTF_8), "x.json");
        assertThat(r.records()).isEmpty();
        assertThat(r.findings()).extracting(f -> f.location().pointer().orElseThrow()).containsExactlyInAnyOrder(
                "/inventory/dataItems/1", "/inventory/dataItems/2", "/inventory/dataItems/3", "/inventory/dataItems/4");
        assertThat(r.findings()).allMatch(f -> f.ruleId().equals(MetadataRules.SCHEMA)
                && f.messageKey().equals("metadata.schema.expected.item-id"));
        assertThat(MetadataJson.reader().build().read(String.format(json, "phone-number").replace("\".\", ", "")
                .replace("\"電話番号\", \"Phone\", ", "").getBytes(StandardCharsets.UTF_8), "ok.json").findings()).isEmpty();
    }

    @Test
    void parseThrowsWithFindingsForInvalidText() {
        assertThatThrownBy(() -> MetadataJson.parse("{"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("metadata.json-syntax")
                .satisfies(e -> assertThat(((InvalidRecordException) e).findings()).hasSize(1));
    }

    @Test
    void utf8BomIsAccepted() {
        byte[] json = MetadataJson.write(sample()).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertThat(MetadataJson.reader().build().read(withBom, "bom.json").record()).contains(sample());
    }

    @Test
    void fileProblemsAreFindingsNotExceptions(@TempDir Path dir) throws Exception {
        RecordReader reader = MetadataJson.reader().maxBytes(10).build();
        RecordReadResult missing = reader.read(dir.resolve("missing.json"));
        assertThat(missing.findings()).extracting(Finding::ruleId).containsExactly(MetadataRules.FILE_UNREADABLE);
        Path big = dir.resolve("big.json");
        Files.writeString(big, MetadataJson.write(sample()));
        assertThat(reader.read(big).findings()).extracting(Finding::ruleId).containsExactly(MetadataRules.FILE_TOO_LARGE);
        assertThat(MetadataJson.reader().build().read(dir).findings()).extracting(Finding::ruleId)
                .containsExactly(MetadataRules.FILE_UNREADABLE);
    }

    @Test
    void deeplyNestedInputIsAFindingNotAStackOverflow() {
        String deep = "{\"extras\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        RecordReadResult r = MetadataJson.reader().build().read(deep.getBytes(StandardCharsets.UTF_8), "deep.json");
        assertThat(r.records()).isEmpty();
        assertThat(r.findings()).isNotEmpty();
    }

    @Test
    void checksAreSkippedWhenNotConfigured() {
        DatasetRecord bad = sample().toBuilder().modified(LocalDate.of(2000, 1, 1)).build();
        byte[] json = MetadataJson.write(bad).getBytes(StandardCharsets.UTF_8);
        assertThat(MetadataJson.reader().build().read(json, "a.json").findings()).isEmpty();
        assertThat(MetadataJson.reader().checks(RecordChecks.standard()).build().read(json, "a.json").findings())
                .extracting(Finding::ruleId).containsExactly(MetadataRules.MODIFIED_BEFORE_ISSUED);
        assertThat(RecordChecks.standard().rules()).extracting(r -> r.id()).doesNotContain(MetadataRules.UNKNOWN_TEMPLATE);
        assertThat(RecordChecks.builder().knownTemplates(KnownTemplates.of(List.of())).build().rules())
                .extracting(r -> r.id()).contains(MetadataRules.UNKNOWN_TEMPLATE);
    }
}
