package io.github.civicdata.examples.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.metadata.MetadataRules;
import io.github.civicdata.metadata.RecordReadResult;
import io.github.civicdata.rdf.DcatApShapes;
import io.github.civicdata.rdf.DcatFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metadata examples run on their bundled data (working directory: the examples module). */
class MetadataExamplesTest {

    private static final Path CATALOG = Path.of("data/catalog");

    @Test
    void builtRecordIsClean() {
        assertThat(BuildRecordExample.check(BuildRecordExample.toiletRecord())).isEmpty();
        BuildRecordExample.main(new String[0]);
    }

    /** The deliberate mistakes documented in data/catalog/README.md are exactly what is found. */
    @Test
    void exampleCatalogueHasExactlyTheDocumentedMistakes() throws Exception {
        Catalog c = ValidateCatalogExample.validate(CATALOG);
        assertThat(c.entries()).hasSize(12);
        assertThat(c.report().findings()).extracting(f -> Path.of(f.location().source()).getFileName() + " " + f.ruleId())
                .containsExactlyInAnyOrder(
                        "05-resident-registry.json " + MetadataRules.CHECK_DIGIT,
                        "08-population.json " + MetadataRules.MODIFIED_BEFORE_ISSUED,
                        "09-events.json " + MetadataRules.LICENSE_MISSING,
                        "09-events.json " + MetadataRules.UNKNOWN_DATA_ITEM,
                        "10-evacuation-site.json " + MetadataRules.UNKNOWN_TEMPLATE,
                        "10-evacuation-site.json " + MetadataRules.ENCODING_NOT_STATED,
                        "10-evacuation-site.json " + MetadataRules.ENCODING_NOT_STATED,
                        "11-parking.json " + MetadataRules.JSON_SYNTAX,
                        "12-child-allowance.json " + MetadataRules.PERSONAL_DATA_OPEN,
                        "13-budget.json " + MetadataRules.SCHEMA,
                        "13-budget.json " + MetadataRules.SCHEMA,
                        "13-budget.json " + MetadataRules.SCHEMA,
                        "13-budget.json " + MetadataRules.SCHEMA,
                        "13-budget.json " + MetadataRules.SCHEMA,
                        "13-budget.json " + MetadataRules.SCHEMA,
                        "13-budget.json " + MetadataRules.SCHEMA,
                        "13-budget.json " + MetadataRules.SCHEMA);
        ValidateCatalogExample.main(new String[] {CATALOG.toString()});
    }

    @Test
    void searchFindsWhoHoldsPhoneNumbers() throws Exception {
        Catalog c = ValidateCatalogExample.validate(CATALOG);
        assertThat(SearchCatalogExample.holding(c, "電話番号")).containsExactlyInAnyOrder("aobadai-public-toilet",
                "aobadai-tourist-facility", "aobadai-resident-registry", "aobadai-aed",
                "aobadai-child-allowance-recipients");
        SearchCatalogExample.main(new String[] {CATALOG.toString()});
    }

    @Test
    void exportWritesDcatAndTheDataItemList(@TempDir Path tmp) throws Exception {
        ExportDcatExample.main(new String[] {CATALOG.toString(), tmp.toString()});
        String ttl = Files.readString(tmp.resolve("catalog.ttl"), StandardCharsets.UTF_8);
        assertThat(ttl).contains("dcat:Catalog").contains("青葉台市データカタログ")
                .contains("<https://opendata.city.aobadai.example.lg.jp/dataset/aobadai-public-toilet>")
                .doesNotContain("aobadai-resident-registry").doesNotContain("civm:inventory");
        assertThat(DcatApShapes.standard().check(ttl.getBytes(StandardCharsets.UTF_8), "catalog.ttl",
                DcatFormat.TURTLE)).as("DCAT-AP 3.0.1 mandatory and range shapes").isEmpty();
        byte[] csv = Files.readAllBytes(tmp.resolve("data-items.csv"));
        assertThat(csv[0] & 0xFF).isEqualTo(0xEF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(",phone-number,電話番号,")
                .contains("aobadai-resident-registry");
    }

    /** The run instructions name what the build creates (the shaded jar), as README and docs/metadata.md do. */
    @Test
    void runInstructionsUseClassPathsTheBuildCreates() throws Exception {
        Path dir = Path.of("src/main/java/io/github/civicdata/examples/metadata");
        List<Path> mains;
        try (Stream<Path> files = Files.list(dir)) {
            mains = files.filter(f -> f.toString().endsWith("Example.java")).sorted().toList();
        }
        assertThat(mains).hasSize(5);
        for (Path f : mains) {
            String src = Files.readString(f, StandardCharsets.UTF_8);
            String name = f.getFileName().toString().replace(".java", "");
            assertThat(src).as(name).contains("java -cp cli/target/civicdata.jar:examples/target/classes \\\n *     "
                    + "io.github.civicdata.examples.metadata." + name).doesNotContain("examples.cp");
        }
        String docs = Files.readString(Path.of("../docs/metadata.md"), StandardCharsets.UTF_8);
        assertThat(docs).contains("java -cp cli/target/civicdata.jar:examples/target/classes io.github.civicdata.examples.metadata.");
    }

    @Test
    void ckanPackageIsImportedWithExtras() {
        RecordReadResult r = CkanImportExample.importPackage(Path.of("data/ckan/package_show_toilet.json"));
        assertThat(r.record().orElseThrow().extras()).containsKey("ckan:/author");
        assertThat(r.findings()).extracting(Finding::ruleId).contains(MetadataRules.CKAN_EXTRAS);
    }
}
