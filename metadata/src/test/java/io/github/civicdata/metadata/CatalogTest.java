package io.github.civicdata.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.civicdata.core.Finding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    @TempDir
    Path dir;

    private static final Publisher AOBADAI = Publisher.of(LocalGovernmentCode.parse("13299"), "青葉台市");

    private static DatasetRecord record(String id, String title, String department, List<String> items,
            DisclosureLevel level) {
        return DatasetRecord.builder(id, BilingualText.of(title), AOBADAI)
                .license(KnownLicense.CC_BY_4_0)
                .keyword("オープンデータ")
                .inventory(InventoryEntry.builder(department, InventoryCategory.BUSINESS_SYSTEM, level)
                        .dataItems(items).build())
                .build();
    }

    @BeforeEach
    void files() throws Exception {
        write("toilet.json", record("toilet", "公衆トイレ一覧", "環境部 環境衛生課", List.of("name", "telephone"),
                DisclosureLevel.OPEN).toBuilder().conformsTo(TemplateRef.of("public-toilet", "3.09"))
                .description(BilingualText.of("ＡＥＤの設置も併記")).build());
        write("sub/aed.json", record("aed", "AED設置箇所一覧", "消防本部 救急課", List.of("name", "address"),
                DisclosureLevel.OPEN).toBuilder().license(KnownLicense.PDL_1_0).build());
        write("residents.json", record("residents", "住民基本台帳", "市民部 市民課", List.of("name", "telephone",
                "birth-date"), DisclosureLevel.CONFIDENTIAL));
        Files.writeString(dir.resolve("broken.json"), "{\"identifier\": \"x\",", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("dup.json"), MetadataJson.write(record("aed", "AED（旧）", "消防本部",
                List.of(), DisclosureLevel.OPEN)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("README.md"), "# 青葉台市のカタログ", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "memo", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config.json"), "{", StandardCharsets.UTF_8);
    }

    private void write(String name, DatasetRecord r) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, MetadataJson.write(r), StandardCharsets.UTF_8);
    }

    private Catalog load() throws Exception {
        return Catalog.builder().load(dir);
    }

    @Test
    void loadsEveryGoodFileAndReportsBrokenOnesWithoutStopping() throws Exception {
        Catalog c = load();
        assertThat(c.entries()).extracting(e -> e.record().identifier())
                .containsExactly("aed", "residents", "aed", "toilet"); // dup.json, residents, sub/aed, toilet
        assertThat(c.report().findings()).extracting(Finding::ruleId)
                .filteredOn(id -> !id.equals(MetadataRules.DCAT_AP_MANDATORY)).containsExactlyInAnyOrder(
                MetadataRules.JSON_SYNTAX, MetadataRules.SKIPPED_FILE, MetadataRules.DUPLICATE_IDENTIFIER);
        Finding syntax = c.report().findings().stream().filter(f -> f.ruleId().equals(MetadataRules.JSON_SYNTAX))
                .findFirst().orElseThrow();
        assertThat(syntax.location().source()).endsWith("broken.json");
        assertThat(syntax.location().line()).isPresent();
        Finding dup = c.report().findings().stream().filter(f -> f.ruleId().equals(MetadataRules.DUPLICATE_IDENTIFIER))
                .findFirst().orElseThrow();
        assertThat(dup.location().source()).endsWith("aed.json");
        assertThat(c.report().sources()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(c.find("toilet")).isPresent();
    }

    @Test
    void searchNormalisesJapaneseText() throws Exception {
        Catalog c = load();
        assertThat(ids(c, CatalogQuery.builder().keyword("トイレ").build())).containsExactly("toilet");
        assertThat(ids(c, CatalogQuery.builder().keyword("ﾄｲﾚ").build())).containsExactly("toilet");     // half-width
        assertThat(ids(c, CatalogQuery.builder().keyword("といれ").build())).containsExactly("toilet");   // hiragana
        assertThat(ids(c, CatalogQuery.builder().keyword("aed").build())).containsExactly("aed", "aed", "toilet");
        assertThat(ids(c, CatalogQuery.builder().keyword("ＡＥＤ 設置").build())).containsExactly("aed", "toilet");
        assertThat(ids(c, CatalogQuery.builder().keyword("トイレ 台帳").build())).isEmpty();
    }

    @Test
    void searchByItemDepartmentLicenceTemplateAndDisclosure() throws Exception {
        Catalog c = load();
        assertThat(ids(c, CatalogQuery.builder().dataItem("telephone").build())).containsExactly("residents", "toilet");
        assertThat(ids(c, CatalogQuery.builder().dataItem("TELEPHONE").build())).containsExactly("residents", "toilet");
        assertThat(ids(c, CatalogQuery.builder().department("消防").build())).containsExactly("aed", "aed");
        assertThat(ids(c, CatalogQuery.builder().department("市民課").build())).containsExactly("residents");
        assertThat(ids(c, CatalogQuery.builder().license(KnownLicense.PDL_1_0).build())).containsExactly("aed");
        assertThat(ids(c, CatalogQuery.builder().template("public-toilet").build())).containsExactly("toilet");
        assertThat(ids(c, CatalogQuery.builder().template("public-toilet@3.09").build())).containsExactly("toilet");
        assertThat(ids(c, CatalogQuery.builder().template("public-toilet@1.0").build())).isEmpty();
        assertThat(ids(c, CatalogQuery.builder().disclosure(DisclosureLevel.CONFIDENTIAL).build()))
                .containsExactly("residents");
        assertThat(ids(c, CatalogQuery.builder().dataItem("telephone").disclosure(DisclosureLevel.OPEN).build()))
                .containsExactly("toilet");
        assertThat(c.search(CatalogQuery.builder().build())).hasSize(4);
    }

    private static List<String> ids(Catalog c, CatalogQuery q) {
        return c.search(q).stream().map(e -> e.record().identifier()).toList();
    }

    @Test
    void dataItemListIsExcelFriendlyCsv() throws Exception {
        // item ids are vocabulary-style slugs and cannot start a formula; their names can
        DatasetRecord evil = record("=cmd|'/C_calc'!A0", "@SUM(1+1)", "-2+3", List.of("tel"), DisclosureLevel.OPEN);
        Catalog c = Catalog.builder().add(evil, "evil.json").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.writeDataItemList(out, DataItemNames.of(Map.of("tel", "=電話番号")), Locale.JAPANESE);
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
        assertThat(lines[0]).startsWith("データセットID,データセット名,公開者コード,公開者,保有部署,データ区分,データ項目ID,データ項目名");
        assertThat(lines[1]).startsWith("'=cmd|'/C_calc'!A0,'@SUM(1+1),132993,青葉台市,'-2+3,業務システム保有データ,tel,'=電話番号,無,公開,");
    }

    /**
     * Codes with a leading zero are written as they are, not as an Excel formula ={@code "011002"}:
     * docs/metadata.md tells Excel users to import the column as text.
     */
    @Test
    void leadingZerosAreWrittenVerbatimNotAsFormulas() throws Exception {
        DatasetRecord sapporo = record("0042", "公衆トイレ一覧", "環境局", List.of("name"), DisclosureLevel.OPEN)
                .toBuilder().publisher(Publisher.of(LocalGovernmentCode.parse("011002"), "札幌市")).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Catalog.builder().add(sapporo, "sapporo.json").build()
                .writeDataItemList(out, DataItemNames.none(), Locale.JAPANESE);
        String row = out.toString(StandardCharsets.UTF_8).split("\r\n")[1];
        assertThat(row).startsWith("0042,公衆トイレ一覧,011002,札幌市,").doesNotContain("=\"");
    }

    @Test
    void dataItemListHasOneRowPerItem() throws Exception {
        Catalog c = load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.writeDataItemList(out, DataItemNames.of(Map.of("telephone", "電話番号")), Locale.ENGLISH);
        String csv = out.toString(StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("Dataset ID,Dataset title,");
        // aed(dup, no items) 1 + residents 3 + sub/aed 2 + toilet 2, plus the header
        assertThat(lines).hasSize(1 + 1 + 3 + 2 + 2);
        assertThat(lines).anyMatch(l -> l.startsWith("toilet,") && l.contains(",telephone,電話番号,no,Open,"));
    }

    @Test
    void loadingAFileIsAnError() throws Exception {
        assertThatThrownBy(() -> Catalog.builder().load(dir.resolve("toilet.json")))
                .isInstanceOf(NotDirectoryException.class);
        assertThatThrownBy(() -> Catalog.builder().maxFiles(2).load(dir)).hasMessageContaining("maxFiles");
    }
}
