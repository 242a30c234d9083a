package io.github.civicdata.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Severity;
import io.github.civicdata.metadata.BilingualText;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.Distribution;
import io.github.civicdata.metadata.Frequency;
import io.github.civicdata.metadata.KnownLicense;
import io.github.civicdata.metadata.LocalGovernmentCode;
import io.github.civicdata.metadata.MetadataRules;
import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.metadata.RecordChecks;
import io.github.civicdata.metadata.RecordReadResult;
import io.github.civicdata.metadata.StatisticalField;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The DCAT-AP 3.0.1 mandatory and range shapes on the writer's output and on foreign DCAT. */
class DcatApShapesTest {

    private static final DcatApShapes SHAPES = DcatApShapes.standard();

    /** A record with every part DCAT-AP types: publisher, frequency, format, media type, theme, landing page. */
    static DatasetRecord full() {
        return DatasetRecord.builder("toilet", BilingualText.of("公衆トイレ一覧", "Public toilets"),
                        Publisher.of(LocalGovernmentCode.parse("132993"), "青葉台市"))
                .description(BilingualText.of("市内の公衆トイレの所在地"))
                .license(KnownLicense.CC_BY_4_0)
                .theme(StatisticalField.values()[0])
                .accrualPeriodicity(Frequency.values()[0])
                .landingPage(URI.create("https://www.city.aobadai.example.lg.jp/toilet.html"))
                .distribution(Distribution.builder("CSV").mediaType("text/csv").characterEncoding("UTF-8")
                        .downloadUrl(URI.create("https://www.city.aobadai.example.lg.jp/toilet.csv")).build())
                .distribution(Distribution.builder("X-OWN").build())
                .build();
    }

    @Test
    void aCompleteRecordExportsWithoutViolations() {
        assertThat(SHAPES.check(full(), "toilet.json")).isEmpty();
        assertThat(RecordChecks.standard().check(full(), "toilet.json"))
                .extracting(Finding::ruleId).doesNotContain(MetadataRules.DCAT_AP_MANDATORY);
    }

    @Test
    void theWriterFillsTheAccessUrlAndTheReaderDropsItAgain() {
        DatasetRecord r = full();
        String ttl = DcatWriter.builder().build().write(r);
        assertThat(ttl).contains("dcat:accessURL", "civm:accessURLDerived", "foaf:Agent", "dct:Frequency",
                "dct:MediaTypeOrExtent", "dct:MediaType", "skos:Concept", "foaf:Document");
        RecordReadResult back = DcatReader.builder().build().read(ttl.getBytes(StandardCharsets.UTF_8), "t.ttl");
        assertThat(back.findings()).isEmpty();
        assertThat(back.record()).contains(r);
    }

    @Test
    void whatTheRecordLacksIsAWarningAndAViolation() {
        DatasetRecord r = DatasetRecord.builder("x", BilingualText.of("題"),
                        Publisher.of(LocalGovernmentCode.parse("132993")))
                .distribution(Distribution.builder("CSV").build()).build();
        List<Finding> warnings = RecordChecks.standard().check(r, "x.json").stream()
                .filter(f -> f.ruleId().equals(MetadataRules.DCAT_AP_MANDATORY)).toList();
        assertThat(warnings).extracting(f -> f.location().pointer().orElse("") + " " + f.messageKey())
                .containsExactlyInAnyOrder("/description metadata.dcat-ap-mandatory.description",
                        "/publisher/name metadata.dcat-ap-mandatory.publisher-name",
                        "/distributions/0/accessURL metadata.dcat-ap-mandatory.access-url");
        assertThat(warnings).allMatch(f -> f.severity() == Severity.WARNING);
        List<Finding> violations = SHAPES.check(r, "x.json");
        assertThat(violations).hasSize(3).allMatch(f -> f.messageKey().equals(MetadataRules.DCAT_AP + ".min-count"));
        assertThat(violations).extracting(f -> String.valueOf(f.arguments().get(1)))
                .containsExactlyInAnyOrder("dct:description", "foaf:name", "dcat:accessURL");
        assertThat(violations).extracting(f -> f.location().pointer().orElse(""))
                .containsExactlyInAnyOrder("", "/publisher", "/distributions/0");
        for (Finding f : violations) {
            for (Locale l : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
                String text = Messages.get().format(l, f.messageKey(), f.arguments());
                assertThat(text).doesNotContain("{");
            }
        }
    }

    private static final String OLD_EXPORT = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            <https://example.org/catalog> a dcat:Catalog ; dct:title "カタログ"@ja ;
                dcat:dataset <https://example.org/d1> .
            <https://example.org/d1> a dcat:Dataset ; dct:title "公園"@ja ; dct:description "公園"@ja ;
                dct:publisher [ a foaf:Organization ; foaf:name "青葉台市"@ja ] ;
                dcat:theme <https://example.org/theme/1> ;
                dcat:distribution <https://example.org/d1/1> .
            <https://example.org/d1/1> a dcat:Distribution ;
                dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ;
                dcat:downloadURL <https://example.org/park.csv> .
            """;

    @Test
    void foreignTurtleGetsFindingsWithFocusNodeAndPath() {
        List<Finding> f = SHAPES.check(OLD_EXPORT.getBytes(StandardCharsets.UTF_8), "old.ttl", DcatFormat.TURTLE);
        assertThat(f).extracting(x -> x.arguments().get(0) + " " + x.arguments().get(1) + " " + x.messageKey())
                .containsExactlyInAnyOrder(
                        "<https://example.org/catalog> dct:description metadata.dcat-ap.min-count",
                        "<https://example.org/catalog> dct:publisher metadata.dcat-ap.min-count",
                        "<https://example.org/d1/1> dcat:accessURL metadata.dcat-ap.min-count",
                        "<https://example.org/d1> dct:publisher metadata.dcat-ap.class",
                        "<https://example.org/d1> dcat:theme metadata.dcat-ap.class",
                        "<https://example.org/d1/1> dct:format metadata.dcat-ap.class");
        assertThat(f).filteredOn(x -> x.messageKey().endsWith(".class"))
                .extracting(x -> String.valueOf(x.arguments().get(4)))
                .containsExactlyInAnyOrder("foaf:Agent", "skos:Concept", "dct:MediaTypeOrExtent");
        // a blank node is named by the property that leads to it
        assertThat(f).filteredOn(x -> x.arguments().get(1).equals("dct:publisher") && x.messageKey().endsWith(".class"))
                .extracting(x -> String.valueOf(x.arguments().get(3)))
                .containsExactly("[dct:publisher of <https://example.org/d1>]");
        assertThat(f).allMatch(x -> x.severity() == Severity.ERROR && x.location().source().equals("old.ttl"));
    }

    @Test
    void everySerialisationIsChecked() {
        DatasetRecord r = DatasetRecord.builder("x", BilingualText.of("題"),
                        Publisher.of(LocalGovernmentCode.parse("132993"), "青葉台市"))
                .distribution(Distribution.builder("CSV").build()).build();
        for (DcatFormat format : DcatFormat.values()) {
            byte[] bytes = DcatWriter.builder().format(format).build().write(r).getBytes(StandardCharsets.UTF_8);
            assertThat(SHAPES.check(bytes, "x." + format.extension(), format)).as(format.id())
                    .extracting(x -> String.valueOf(x.arguments().get(1)))
                    .containsExactlyInAnyOrder("dct:description", "dcat:accessURL");
        }
    }

    @Test
    void aCatalogueWithDescriptionAndPublisherConforms() {
        DcatCatalogInfo bare = DcatCatalogInfo.of("https://example.org/catalog", BilingualText.of("カタログ"));
        assertThat(SHAPES.checkCatalog(bare, List.of(full()), "c.ttl"))
                .extracting(x -> String.valueOf(x.arguments().get(1)))
                .containsExactlyInAnyOrder("dct:description", "dct:publisher");
        DcatCatalogInfo info = new DcatCatalogInfo("https://example.org/catalog", BilingualText.of("カタログ"),
                Optional.of(BilingualText.of("説明")),
                Optional.of(Publisher.of(LocalGovernmentCode.parse("132993"), "青葉台市")), Optional.empty());
        assertThat(SHAPES.checkCatalog(info, List.of(full()), "c.ttl")).isEmpty();
    }

    @Test
    void unsafeInputIsRefusedAsTheReaderRefusesIt() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE r [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>
                """;
        List<Finding> f = SHAPES.check(xml.getBytes(StandardCharsets.UTF_8), "x.rdf", DcatFormat.RDF_XML);
        assertThat(f).extracting(Finding::ruleId).containsExactly(MetadataRules.RDF_UNSAFE);
    }

    /** The recommended-property shapes: warnings of their own rule, none on what the writer can honestly add. */
    @Test
    void recommendedShapesAreWarningsOfTheirOwnRule() {
        DcatApShapes rec = DcatApShapes.recommended();
        assertThat(rec.rules()).extracting(io.github.civicdata.core.RuleInfo::id)
                .containsExactly(MetadataRules.DCAT_AP, MetadataRules.DCAT_AP_RECOMMENDED);
        List<Finding> f = rec.check(full(), "toilet.json");
        assertThat(f).isNotEmpty().allMatch(x -> x.ruleId().equals(MetadataRules.DCAT_AP_RECOMMENDED)
                && x.severity() == Severity.WARNING);
        // what the record does not hold stays a warning: temporal, spatial, keywords, contact point, a file's
        // description and planned availability
        assertThat(f).extracting(x -> x.arguments().get(1) + " " + x.arguments().get(2)).contains(
                "dct:temporal Dataset_Shape", "dct:spatial Dataset_Shape", "dcat:keyword Dataset_Shape",
                "dcat:contactPoint Dataset_Shape", "dct:description Distribution_Shape")
                // what the writer adds from the record: publisher and licence types, the licence of each file
                .noneMatch(x -> x.startsWith("dct:type ") || x.equals("dct:license Distribution_Shape"));
        assertThat(Messages.get().localize(f.get(0)).en()).contains("is recommended by DCAT-AP 3 but missing");
        assertThat(Messages.get().localize(f.get(0)).ja()).contains("DCAT-AP 3 が推奨する");
        // adding the temporal coverage removes its warning: the check can fail
        DatasetRecord withTemporal = full().toBuilder().temporal(new io.github.civicdata.metadata.TemporalCoverage(
                Optional.of(LocalDate.of(2024, 4, 1)), Optional.of(LocalDate.of(2025, 3, 31)))).build();
        assertThat(rec.check(withTemporal, "toilet.json")).extracting(x -> String.valueOf(x.arguments().get(1)))
                .doesNotContain("dct:temporal").contains("dct:spatial");
        // the standard instance does not apply them
        assertThat(SHAPES.check(full(), "toilet.json")).isEmpty();
    }

    @Test
    void publisherAndLicenceTypesFollowTheRecord() {
        String ttl = DcatWriter.builder().build().write(full());
        assertThat(ttl).contains("publishertype/LocalAuthority", "licencetype/Attribution");
        DatasetRecord prefecture = full().toBuilder().publisher(Publisher.of(LocalGovernmentCode.parse("130001"), "東京都"))
                .license(KnownLicense.CC0_1_0).build();
        assertThat(DcatWriter.builder().build().write(prefecture))
                .contains("publishertype/RegionalAuthority", "licencetype/PublicDomain").doesNotContain("LocalAuthority");
        DatasetRecord own = full().toBuilder().license(new io.github.civicdata.metadata.LicenseUrl(
                URI.create("https://www.city.aobadai.example.lg.jp/terms.html"))).build();
        assertThat(DcatWriter.builder().build().write(own)).doesNotContain("licencetype");
    }

    /** A file licence other than the record's has no record field: said, not dropped silently. */
    @Test
    void aDistributionLicenceOtherThanTheRecordsIsUnmapped() {
        String ttl = DcatWriter.builder().build().write(full());
        assertThat(DcatReader.builder().build().read(ttl.getBytes(StandardCharsets.UTF_8), "t.ttl").findings()).isEmpty();
        String other = ttl.replaceFirst("(dcat:Distribution;)",
                "$1 dct:license <https://creativecommons.org/publicdomain/zero/1.0/>;");
        assertThat(other).isNotEqualTo(ttl);
        RecordReadResult back = DcatReader.builder().build().read(other.getBytes(StandardCharsets.UTF_8), "t.ttl");
        assertThat(back.findings()).extracting(Finding::ruleId).containsExactly(MetadataRules.RDF_UNMAPPED);
    }
}
