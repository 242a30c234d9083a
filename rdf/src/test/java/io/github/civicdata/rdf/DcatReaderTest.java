package io.github.civicdata.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Severity;
import io.github.civicdata.metadata.BilingualText;
import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.metadata.CatalogQuery;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.Distribution;
import io.github.civicdata.metadata.KnownLicense;
import io.github.civicdata.metadata.LocalGovernmentCode;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.MetadataRules;
import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.metadata.RecordChecks;
import io.github.civicdata.metadata.RecordReadResult;
import io.github.civicdata.metadata.TemplateRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DcatReaderTest {

    private static final String PREFIXES = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix ex:   <https://example.org/ns#> .
            """;

    private static RecordReadResult read(String ttl) {
        return DcatReader.builder().checks(RecordChecks.standard()).build()
                .read((PREFIXES + ttl).getBytes(StandardCharsets.UTF_8), "test.ttl");
    }

    static DatasetRecord sample(String id) {
        return DatasetRecord.builder(id, BilingualText.of("公衆トイレ一覧", "Public toilets"),
                        Publisher.of(LocalGovernmentCode.parse("13299"), "青葉台市"))
                .license(KnownLicense.CC_BY_4_0)
                .keyword("トイレ")
                .issued(LocalDate.of(2023, 4, 1))
                .distribution(Distribution.builder("CSV").characterEncoding("UTF-8").bom(true)
                        .downloadUrl(URI.create("https://www.city.aobadai.example.lg.jp/toilet.csv")).build())
                .build();
    }

    @Test
    void shaclViolationsAreBilingualFindingsWithPointers() {
        RecordReadResult r = read("""
                <https://example.org/d1> a dcat:Dataset ;
                    dct:identifier "park" ;
                    dct:title "公園"@ja, "Parks"@en, "Park"@en ;
                    dct:issued "2024/04/01" ;
                    dct:publisher [ dct:identifier "13299" ] ;
                    dcat:distribution [ a dcat:Distribution ; dcat:byteSize "-5"^^xsd:integer ] .
                """);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals(MetadataRules.SHACL))
                .extracting(f -> f.location().pointer().orElse("?") + " " + f.messageKey())
                .contains("/title metadata.shacl.unique-lang",
                        "/issued metadata.shacl.datatype",
                        "/publisher/identifier metadata.shacl.pattern",
                        "/distributions/0/format metadata.shacl.min-count",
                        "/distributions/0/byteSize metadata.shacl.datatype");
        for (Finding f : r.findings()) {
            assertThat(Messages.get().contains(f.messageKey())).as(f.messageKey()).isTrue();
            assertThat(Messages.get().format(Locale.JAPANESE, f.messageKey(), f.arguments()))
                    .isNotEqualTo(Messages.get().format(Locale.ENGLISH, f.messageKey(), f.arguments()));
        }
        assertThat(r.records()).isEmpty(); // the mapping refuses it too
        assertThat(r.findings()).extracting(Finding::ruleId).contains(MetadataRules.RDF_MAPPING);
    }

    /** Values the record refuses give their own message in both languages, not Java's English exception text. */
    @Test
    void mappingFindingsHaveNoEnglishTextInJapanese() {
        RecordReadResult r = read("""
                @prefix civm: <https://civicdata.github.io/ns/metadata#> .
                <https://example.org/d1> a dcat:Dataset ;
                    dct:identifier "park" ; dct:title "公園\\u0001一覧"@ja ;
                    dct:issued "2024-02-30" ;
                    dct:publisher [ dct:identifier "132993" ] ;
                    dcat:keyword <https://example.org/not-a-literal> ;
                    civm:inventory [ civm:department "公園課" ; civm:category "shop" ;
                        civm:containsPersonalData "maybe" ; civm:disclosureLevel "open" ] .
                """);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals(MetadataRules.RDF_MAPPING))
                .extracting(Finding::messageKey)
                .contains("metadata.value.uncarriable", "metadata.value.date", "metadata.value.unknown",
                        "metadata.rdf-mapping.literal");
        for (Finding f : r.findings()) {
            String ja = Messages.get().format(Locale.JAPANESE, f.messageKey(), f.arguments());
            assertThat(ja).as(f.messageKey()).doesNotContainPattern("[a-z]+ [a-z]+ [a-z]+");
        }
    }

    @Test
    void writerOutputConformsToTheShapes() {
        assertThat(ShaclCheck.standard().check(sample("toilet"), "toilet")).isEmpty();
        assertThat(ShaclCheck.shapesTurtle()).contains("civsh:DatasetShape");
    }

    @Test
    void syntaxErrorsHaveLineAndColumn() {
        RecordReadResult r = read("<https://example.org/d1> a dcat:Dataset ;\n   dct:title \"unterminated .\n");
        assertThat(r.records()).isEmpty();
        Finding f = r.findings().get(0);
        assertThat(f.ruleId()).isEqualTo(MetadataRules.RDF_SYNTAX);
        assertThat(f.location().line()).isPresent();
        assertThat(f.location().column()).isPresent();
    }

    @Test
    void severalDatasetsGiveSeveralRecordsAndPrefixedPointers() {
        String ttl = DcatWriter.builder().build().write(sample("b-toilet").toBuilder().issued(LocalDate.of(2024, 1, 1))
                .modified(LocalDate.of(2020, 1, 1)).build())
                + DcatWriter.builder().build().write(sample("a-aed"));
        RecordReadResult r = DcatReader.builder().checks(RecordChecks.standard()).build()
                .read(ttl.getBytes(StandardCharsets.UTF_8), "two.ttl");
        assertThat(r.records()).extracting(DatasetRecord::identifier).containsExactly("a-aed", "b-toilet");
        assertThat(r.findings()).filteredOn(f -> !f.ruleId().equals(MetadataRules.DCAT_AP_MANDATORY)).extracting(f -> f.ruleId() + " " + f.location().pointer().orElse(""))
                .containsExactly(MetadataRules.MODIFIED_BEFORE_ISSUED + " /datasets/1/modified");
    }

    @Test
    void unknownPropertiesAreReportedNotSilentlyDropped() {
        RecordReadResult r = read("""
                <https://example.org/d1> a dcat:Dataset ;
                    dct:identifier "park" ; dct:title "公園"@ja ;
                    dct:publisher [ dct:identifier "132993" ] ;
                    dct:license <https://creativecommons.org/licenses/by/4.0/> ;
                    ex:rating 5 ; ex:rating 4 .
                """);
        assertThat(r.record()).isPresent();
        assertThat(r.findings()).filteredOn(f -> !f.ruleId().equals(MetadataRules.DCAT_AP_MANDATORY)).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MetadataRules.RDF_UNMAPPED, Severity.INFO));
        assertThat(r.findings().get(0).arguments()).as("the DCAT-AP warnings (no description, no publisher name) come after")
                .containsExactly("park", "https://example.org/ns#rating", 2);
        assertThat(r.record().orElseThrow().license()).contains(KnownLicense.CC_BY_4_0);
    }

    @Test
    void fileWithoutDatasetIsAFinding() {
        RecordReadResult r = read("<https://example.org/x> dct:title \"t\" .");
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly(MetadataRules.RDF_NO_DATASET);
    }

    @Test
    void catalogueExportIsOneGraphThatReadsBack() {
        List<DatasetRecord> records = List.of(sample("toilet"), sample("aed"), sample("aed"));
        for (DcatFormat format : DcatFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DcatWriter.builder().format(format).datasetBase("https://opendata.city.aobadai.example.lg.jp/dataset/")
                    .build().writeCatalog(DcatCatalogInfo.of("https://opendata.city.aobadai.example.lg.jp/catalog",
                            BilingualText.of("青葉台市データカタログ")), records, out);
            RecordReadResult r = DcatReader.builder().build().read(out.toByteArray(), "catalog", format);
            assertThat(r.findings()).as(format.id()).isEmpty();
            assertThat(r.records()).as(format.id()).containsExactlyInAnyOrderElementsOf(records);
        }
    }

    @Test
    void catalogueLoadsTurtleJsonLdAndJsonSideBySide(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.ttl"), DcatWriter.builder().build().write(sample("ttl-record")));
        Files.writeString(dir.resolve("b.jsonld"), DcatWriter.builder().format(DcatFormat.JSON_LD).build()
                .write(sample("jsonld-record")));
        Files.writeString(dir.resolve("c.json"), MetadataJson.write(sample("json-record")));
        Files.writeString(dir.resolve("d.ttl"), "this is not turtle");
        Catalog c = Catalog.builder()
                .reader(MetadataJson.reader().checks(RecordChecks.standard()).build())
                .reader(DcatReader.builder().checks(RecordChecks.standard()).build())
                .load(dir);
        assertThat(c.records()).extracting(DatasetRecord::identifier)
                .containsExactly("ttl-record", "jsonld-record", "json-record");
        assertThat(c.report().findings()).filteredOn(f -> !f.ruleId().equals(MetadataRules.DCAT_AP_MANDATORY)).extracting(Finding::ruleId).containsExactly(MetadataRules.RDF_SYNTAX);
        assertThat(c.search(CatalogQuery.builder().keyword("ﾄｲﾚ").build())).hasSize(3);
    }

    /**
     * {@code .} and {@code ..} as IRI path segments are dot segments that IRI resolution removes:
     * the templates {@code b@..} and {@code c@..} both became {@code …/ns/template/} and shared one
     * node, and datasets {@code .} and {@code ..} under a base lost their own IRIs.
     */
    @Test
    void dotSegmentValuesKeepTheirOwnIris() {
        DatasetRecord templates = sample("x").toBuilder()
                .conformsTo(TemplateRef.of("b", ".."), TemplateRef.of("c", ".."), TemplateRef.of(".", ".")).build();
        List<DatasetRecord> dots = List.of(sample("."), sample(".."), sample("distribution"));
        for (DcatFormat format : DcatFormat.values()) {
            DcatWriter writer = DcatWriter.builder().format(format)
                    .datasetBase("https://opendata.city.aobadai.example.lg.jp/dataset/").build();
            RecordReadResult r = DcatReader.builder().build()
                    .read(writer.write(templates).getBytes(StandardCharsets.UTF_8), "t", format);
            assertThat(r.findings()).as(format.id()).isEmpty();
            assertThat(r.record()).as(format.id()).contains(templates);

            assertThat(writer.datasetIri(dots.get(0))).endsWith("/dataset/%2E");
            assertThat(writer.datasetIri(dots.get(1))).endsWith("/dataset/%2E%2E");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(dots, out);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(format.lang()).parse(m);
            assertThat(m.listSubjectsWithProperty(RDF.type, DcatTerms.DATASET).mapWith(Resource::getURI).toSet())
                    .as(format.id()).containsExactlyInAnyOrderElementsOf(dots.stream().map(writer::datasetIri).toList());
            RecordReadResult all = DcatReader.builder().build().read(out.toByteArray(), "dots", format);
            assertThat(all.findings()).as(format.id()).isEmpty();
            assertThat(all.records()).as(format.id()).containsExactlyInAnyOrderElementsOf(dots);
        }
    }

    @Test
    void dataItemIrisThatAreNotItemIdsAreErrorsNotExceptions() {
        for (String item : List.of("Phone%20Number", "%E9%9B%BB%E8%A9%B1", "a+b", "%E9", "%2E")) {
            RecordReadResult r = read("""
                    @prefix civm: <https://civicdata.github.io/ns/metadata#> .
                    <https://example.org/d1> a dcat:Dataset ;
                        dct:identifier "park" ; dct:title "公園"@ja ;
                        dct:publisher [ dct:identifier "132993" ] ;
                        civm:inventory [ civm:department "公園課" ; civm:category "other" ;
                            civm:containsPersonalData false ; civm:disclosureLevel "open" ;
                            civm:dataItem <https://civicdata.github.io/ns/item/name> ,
                                          <https://civicdata.github.io/ns/item/%s> ] .
                    """.formatted(item));
            assertThat(r.records()).as(item).isEmpty();
            assertThat(r.findings()).as(item).extracting(Finding::ruleId)
                    .contains(MetadataRules.SHACL, MetadataRules.RDF_MAPPING);
            assertThat(r.findings()).as(item).filteredOn(f -> f.ruleId().equals(MetadataRules.SHACL))
                    .extracting(f -> f.location().pointer().orElse("")).containsOnly("/inventory/dataItems");
        }
    }

    @Test
    void iriSegmentsAreDecodedAsPercentEscapesNotAsForms() {
        assertThat(DcatGraphReader.decode("a+b")).isEqualTo("a+b");
        assertThat(DcatGraphReader.decode("%E9%9B%BB%E8%A9%B1-1")).isEqualTo("電話-1");
        assertThat(DcatGraphReader.decode("%2E%2E")).isEqualTo("..");
        assertThat(DcatGraphReader.decode(DcatGraphWriter.encode("公衆トイレ@2024 +/.."))).isEqualTo("公衆トイレ@2024 +/..");
        for (String bad : List.of("%", "%2", "%zz", "%E9", "%FF")) {
            assertThatThrownBy(() -> DcatGraphReader.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void formatsByNameAndId() {
        assertThat(DcatFormat.fromFileName("a.TTL")).contains(DcatFormat.TURTLE);
        assertThat(DcatFormat.fromFileName("a.jsonld")).contains(DcatFormat.JSON_LD);
        assertThat(DcatFormat.fromFileName("a.rdf")).contains(DcatFormat.RDF_XML);
        assertThat(DcatFormat.fromFileName("a.json")).isEmpty();
        assertThat(DcatFormat.parse("json-ld")).contains(DcatFormat.JSON_LD);
        assertThat(DcatFormat.parse("rdfxml")).contains(DcatFormat.RDF_XML);
    }
}
