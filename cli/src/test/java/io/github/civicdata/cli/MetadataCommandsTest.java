package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.cli.CliRun.Result;
import io.github.civicdata.metadata.BilingualText;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.DisclosureLevel;
import io.github.civicdata.metadata.Distribution;
import io.github.civicdata.metadata.InventoryCategory;
import io.github.civicdata.metadata.InventoryEntry;
import io.github.civicdata.metadata.KnownLicense;
import io.github.civicdata.metadata.LocalGovernmentCode;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.metadata.TemplateRef;
import io.github.civicdata.rdf.DcatFormat;
import io.github.civicdata.rdf.DcatWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metadata and catalog commands, run through {@link Main#run}. */
class MetadataCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path catalog;
    Path toiletJson;

    static DatasetRecord toilet() {
        return DatasetRecord.builder("aobadai-public-toilet", BilingualText.of("公衆トイレ一覧", "Public toilets"),
                        Publisher.of(LocalGovernmentCode.parse("13299"), "青葉台市"))
                .license(KnownLicense.CC_BY_4_0)
                .keyword("トイレ")
                .issued(LocalDate.of(2023, 4, 1))
                .modified(LocalDate.of(2024, 10, 1))
                .conformsTo(TemplateRef.of("public-toilet", "2026-08"))
                .distribution(Distribution.builder("CSV").characterEncoding("UTF-8").bom(true)
                        .downloadUrl(URI.create("https://www.city.aobadai.example.lg.jp/toilet.csv")).build())
                .inventory(InventoryEntry.builder("環境部 環境衛生課", InventoryCategory.BUSINESS_SYSTEM, DisclosureLevel.OPEN)
                        .dataItem("name", "full-address", "phone-number").build())
                .build();
    }

    static DatasetRecord residents() {
        return DatasetRecord.builder("aobadai-resident-registry", BilingualText.of("住民基本台帳"),
                        Publisher.of(LocalGovernmentCode.parse("13299"), "青葉台市"))
                .inventory(InventoryEntry.builder("市民部 市民課", InventoryCategory.BUSINESS_SYSTEM,
                                DisclosureLevel.CONFIDENTIAL).dataItem("name", "address", "phone-number")
                        .containsPersonalData(true).build())
                .build();
    }

    @BeforeEach
    void fixture() throws Exception {
        catalog = Files.createDirectories(dir.resolve("catalog"));
        toiletJson = catalog.resolve("toilet.json");
        Files.writeString(toiletJson, MetadataJson.write(toilet()));
        Files.writeString(catalog.resolve("residents.ttl"), DcatWriter.builder().build().write(residents()));
        Files.writeString(catalog.resolve("aed.json"), MetadataJson.write(toilet().toBuilder().identifier("aobadai-aed")
                .title(BilingualText.of("AED設置箇所一覧")).keywords(java.util.List.of("AED")).publisher(Publisher.of(new LocalGovernmentCode("132990")))
                .inventory(InventoryEntry.builder("消防本部 救急課", InventoryCategory.BUSINESS_SYSTEM, DisclosureLevel.OPEN)
                        .dataItem("name", "address").build())
                .build()));
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] c : new String[][] {{"metadata"}, {"metadata", "validate"}, {"metadata", "convert"}, {"catalog"},
                {"catalog", "search"}, {"catalog", "export"}}) {
            String[] args = java.util.Arrays.copyOf(c, c.length + 1);
            args[c.length] = "--help";
            Result r = run(args);
            assertThat(r.code()).as(String.join(" ", c)).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("Usage: civicdata " + String.join(" ", c));
        }
        assertThat(run("metadata").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void validateGoodFileExitsZero() {
        Result r = run("metadata", "validate", toiletJson.toString(), "--lang", "en");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("0 error(s)");
    }

    @Test
    void validateReportsEveryProblemAsJsonWithPointers() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"identifier\": \"x y\", \"title\": {\"ja\": \"t\"}, \"publisher\": {\"code\": \"13299\"},"
                + " \"issued\": \"2024/4/1\"}");
        Result r = run("metadata", "validate", bad.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.toString()).contains("/identifier").contains("/publisher/code").contains("/issued")
                .contains("metadata.schema");
    }

    @Test
    void validateADirectoryAndTurtleWithTheVocabularysTemplates() {
        Result r = run("metadata", "validate", catalog.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("metadata.check-digit").contains("aed.json").doesNotContain("unknown-template");
        Result never = run("metadata", "validate", catalog.toString(), "--fail-on", "never");
        assertThat(never.code()).isEqualTo(ExitCode.OK);
        Result ttl = run("metadata", "validate", catalog.resolve("residents.ttl").toString());
        assertThat(ttl.code()).as(ttl.out()).isEqualTo(ExitCode.OK);
    }

    @Test
    void validateUnknownTemplateAgainstTheVocabulary() throws Exception {
        Path f = dir.resolve("t.json");
        Files.writeString(f, MetadataJson.write(toilet().toBuilder().conformsTo(java.util.List.of(
                TemplateRef.of("public-toilet", "1999-01"))).build()));
        Result r = run("metadata", "validate", f.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("metadata.unknown-template").contains("public-toilet@1999-01");
    }

    @Test
    void validateChecksInventoryDataItemsAgainstTheVocabulary() throws Exception {
        Path f = dir.resolve("items.json");
        Files.writeString(f, MetadataJson.write(toilet().toBuilder().inventory(
                InventoryEntry.builder("環境部 環境衛生課", InventoryCategory.BUSINESS_SYSTEM, DisclosureLevel.OPEN)
                        .dataItem("name", "phone-numbr", "telephone").build()).build()));
        Result r = run("metadata", "validate", f.toString(), "--format", "json");
        assertThat(r.code()).as("a warning, not an error").isEqualTo(ExitCode.OK);
        JsonNode findings = JSON.readTree(r.out()).findValue("findings");
        assertThat(findings.findValuesAsText("rule")).as("toilet() has no description: a DCAT-AP warning")
                .containsExactly("metadata.dcat-ap-mandatory", "metadata.unknown-data-item", "metadata.unknown-data-item");
        assertThat(findings.toString()).contains("/inventory/dataItems/1").contains("/inventory/dataItems/2")
                .contains("\"suggestion\":\"phone-number\"");
        Result dir2 = run("metadata", "validate", catalog.toString(), "--lang", "en");
        assertThat(dir2.out()).doesNotContain("unknown-data-item");
    }

    @Test
    void maxBytesIsAnOptionTheMessageNames() {
        long size = toiletJson.toFile().length();
        Result r = run("metadata", "validate", toiletJson.toString(), "--max-bytes", "100", "--lang", "en");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("metadata.file-too-large").contains("The file has " + size + " bytes")
                .contains("limit of 100 bytes").contains("--max-bytes");
        assertThat(run("metadata", "validate", toiletJson.toString(), "--max-bytes", "" + size).code())
                .isEqualTo(ExitCode.OK);
        Result search = run("catalog", "search", catalog.toString(), "--max-bytes", "100", "--lang", "en");
        assertThat(search.out()).contains("0 of 0 dataset(s) match");
        assertThat(run("catalog", "export", catalog.toString(), "--format", "csv", "--max-bytes", "100").code())
                .isEqualTo(ExitCode.FINDINGS);
        assertThat(run("metadata", "convert", toiletJson.toString(), "--to", "turtle", "--max-bytes", "100").code())
                .isEqualTo(ExitCode.FINDINGS);
        assertThat(run("metadata", "validate", toiletJson.toString(), "--max-bytes", "0").code())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void missingFileIsExitThree() {
        Result r = run("metadata", "validate", dir.resolve("nope.json").toString());
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("nope.json");
    }

    @Test
    void convertJsonToEveryRdfFormatAndBack() throws Exception {
        for (String to : new String[] {"turtle", "jsonld", "rdfxml"}) {
            Path rdf = dir.resolve("toilet." + DcatFormat.parse(to).orElseThrow().extension());
            Result r = run("metadata", "convert", toiletJson.toString(), "--to", to, "-o", rdf.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            Result back = run("metadata", "convert", rdf.toString(), "--to", "json");
            assertThat(back.code()).as(back.err()).isEqualTo(ExitCode.OK);
            assertThat(MetadataJson.parse(back.out())).isEqualTo(toilet());
        }
        Result ttl = run("metadata", "convert", toiletJson.toString(), "--to", "turtle");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(ttl.out()).lang(Lang.TURTLE).parse(m);
        assertThat(m.size()).isGreaterThan(20);
    }

    @Test
    void convertCkanWithDetectionAndDefaultPublisher() throws Exception {
        Path ckan = dir.resolve("package.json");
        Files.writeString(ckan, """
                {"success": true, "result": {"id": "0f6c", "name": "aobadai-aed", "title": "AED設置箇所一覧",
                 "notes": "市内のAED", "license_id": "CC-BY-4.0", "author": "消防本部",
                 "metadata_created": "2022-01-04T23:30:00", "resources": [{"format": "CSV",
                 "url": "https://opendata.example.lg.jp/aed.csv"}]}}
                """);
        Result noPublisher = run("metadata", "convert", ckan.toString(), "--to", "json");
        assertThat(noPublisher.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(noPublisher.err()).contains("metadata.ckan-mapping");
        Result r = run("metadata", "convert", ckan.toString(), "--to", "json", "--publisher", "13299");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        DatasetRecord rec = MetadataJson.parse(r.out());
        assertThat(rec.publisher().code().value()).isEqualTo("132993");
        assertThat(rec.issued()).contains(LocalDate.of(2022, 1, 5));
        assertThat(rec.extras()).containsEntry("ckan:/author", "消防本部");
        assertThat(run("metadata", "convert", ckan.toString(), "--to", "json", "--publisher", "132990").code())
                .isEqualTo(ExitCode.USAGE);
        assertThat(run("metadata", "convert", ckan.toString(), "--to", "yaml").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void convertBrokenInputExitsOne() throws Exception {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "<a> <b> \"unterminated .");
        Result r = run("metadata", "convert", bad.toString(), "--to", "json", "--lang", "en");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.err()).contains("metadata.rdf-syntax").contains("no record could be converted");
    }

    @Test
    void searchByItemNameKeywordAndDisclosure() throws Exception {
        Result r = run("catalog", "search", catalog.toString(), "--item", "電話番号", "--lang", "en");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Data item \"電話番号\" is phone-number").contains("2 of 3 dataset(s) match")
                .contains("aobadai-public-toilet").contains("aobadai-resident-registry").doesNotContain("aobadai-aed");
        assertThat(r.err()).contains("problem(s)").doesNotContain("neither"); // the wrong check digit of aed.json
        Result unknown = run("catalog", "search", catalog.toString(), "--item", "phone-numbr", "--lang", "en");
        assertThat(unknown.code()).isEqualTo(ExitCode.OK);
        assertThat(unknown.out()).contains("0 of 3 dataset(s) match");
        assertThat(unknown.err()).contains("\"phone-numbr\" is neither a data item id nor a data item name")
                .contains("Did you mean phone-number?");
        Result unknownJa = run("catalog", "search", catalog.toString(), "--item", "存在しない項目", "--lang", "ja",
                "--format", "json");
        assertThat(JSON.readTree(unknownJa.out()).get("count").asInt()).isZero();
        assertThat(unknownJa.err()).contains("データ項目「存在しない項目」は語彙のデータ項目IDでも項目名でもありません");
        Result kw = run("catalog", "search", catalog.toString(), "--keyword", "ﾄｲﾚ", "--format", "json");
        JsonNode json = JSON.readTree(kw.out());
        assertThat(json.get("count").asInt()).isEqualTo(1);
        assertThat(json.at("/results/0/record/identifier").asText()).isEqualTo("aobadai-public-toilet");
        Result conf = run("catalog", "search", catalog.toString(), "--disclosure", "confidential", "--department", "市民");
        assertThat(conf.out()).contains("aobadai-resident-registry").doesNotContain("aobadai-public-toilet");
        assertThat(run("catalog", "search", catalog.toString(), "--disclosure", "secret").code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("catalog", "search", toiletJson.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("catalog", "search", dir.resolve("missing").toString()).code()).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void exportCsvForExcelAndOneDcatGraph() throws Exception {
        Path csv = dir.resolve("items.csv");
        Result r = run("catalog", "export", catalog.toString(), "--format", "csv", "-o", csv.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("データセットID,データセット名").contains("\r\n").contains(",phone-number,電話番号,");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        Result ttl = run("catalog", "export", catalog.toString(), "--format", "turtle", "--title", "青葉台市データカタログ",
                "--lang", "en");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(ttl.out()).lang(Lang.TURTLE).parse(m);
        assertThat(ttl.out()).contains("dcat:Catalog").contains("青葉台市データカタログ");
        assertThat(m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                m.createResource("http://www.w3.org/ns/dcat#Dataset")).toList()).as("open records only").hasSize(2);
        assertThat(ttl.out()).doesNotContain("aobadai-resident-registry").doesNotContain("civm:inventory")
                .doesNotContain("環境衛生課");
        assertThat(ttl.err()).contains("1 record(s) that are not open were left out");
        Result all = run("catalog", "export", catalog.toString(), "--format", "turtle", "--include-inventory");
        assertThat(all.out()).contains("aobadai-resident-registry").contains("civm:inventory");
        Result openCsv = run("catalog", "export", catalog.toString(), "--format", "csv", "--disclosure", "open");
        assertThat(openCsv.code()).isEqualTo(ExitCode.OK);
        assertThat(openCsv.out()).contains("aobadai-public-toilet").doesNotContain("aobadai-resident-registry");
        assertThat(text).contains("aobadai-resident-registry"); // the CSV is for staff: every record by default
        Result confidentialRdf = run("catalog", "export", catalog.toString(), "--format", "turtle",
                "--disclosure", "confidential");
        assertThat(confidentialRdf.code()).isEqualTo(ExitCode.USAGE);
        assertThat(confidentialRdf.err()).contains("--include-inventory");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(run("catalog", "export", empty.toString(), "--format", "csv").code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run("catalog", "export", catalog.toString()).code()).isEqualTo(ExitCode.USAGE);
    }
}
