package io.github.civicdata.examples.metadata;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.metadata.BilingualText;
import io.github.civicdata.metadata.ContactPoint;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.DisclosureLevel;
import io.github.civicdata.metadata.Distribution;
import io.github.civicdata.metadata.Frequency;
import io.github.civicdata.metadata.InventoryCategory;
import io.github.civicdata.metadata.InventoryEntry;
import io.github.civicdata.metadata.KnownLicense;
import io.github.civicdata.metadata.LocalGovernmentCode;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.OpenDataCandidacy;
import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.metadata.StatisticalField;
import io.github.civicdata.metadata.TemplateRef;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.rdf.DcatFormat;
import io.github.civicdata.rdf.DcatWriter;
import io.github.civicdata.rdf.ShaclCheck;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the record of 青葉台市's public-toilet list in code, checks it (record checks with the
 * vocabulary's templates, and the SHACL shapes of its DCAT form), and prints it as JSON and as
 * DCAT Turtle.
 *
 * <p>Run from the repository root after {@code mvn -B -q package -DskipTests} (the shaded
 * command-line jar carries every library module and an SLF4J binding; see README "Quick start"):
 * <pre>
 * java -cp cli/target/civicdata.jar:examples/target/classes \
 *     io.github.civicdata.examples.metadata.BuildRecordExample
 * </pre>
 */
public final class BuildRecordExample {

    private BuildRecordExample() {
    }

    /**
     * The record, built in code.
     *
     * @return the record
     */
    public static DatasetRecord toiletRecord() {
        Publisher aobadai = Publisher.of(LocalGovernmentCode.parse("13299"), "青葉台市"); // check digit added: 132993
        return DatasetRecord.builder("aobadai-public-toilet",
                        BilingualText.of("公衆トイレ一覧", "Public toilets"), aobadai)
                .description(BilingualText.of("青葉台市が管理する公衆トイレの所在地と設備の一覧です。"))
                .contactPoint(ContactPoint.builder("総務部 情報政策課")
                        .email("opendata@city.aobadai.example.lg.jp").telephone("042-123-4567").build())
                .keyword("トイレ", "バリアフリー")
                .theme(StatisticalField.SOCIAL_SECURITY_HEALTH)
                .license(KnownLicense.CC_BY_4_0)
                .issued(LocalDate.of(2023, 4, 1))
                .modified(LocalDate.of(2024, 10, 1))
                .accrualPeriodicity(Frequency.ANNUAL)
                .spatial(aobadai.code())
                .conformsTo(TemplateRef.of("public-toilet", "2026-08"))
                .distribution(Distribution.builder("CSV")
                        .title("公衆トイレ一覧（CSV）")
                        .mediaType("text/csv")
                        .downloadUrl(URI.create("https://www.city.aobadai.example.lg.jp/opendata/132993_public_toilet.csv"))
                        .characterEncoding("UTF-8").bom(true)   // rule L3-08: state the encoding and the BOM
                        .byteSize(18_234)
                        .build())
                .inventory(InventoryEntry.builder("環境部 環境衛生課", InventoryCategory.BUSINESS_SYSTEM, DisclosureLevel.OPEN)
                        .sourceSystem("公共施設管理システム")
                        .dataItem("name", "full-address", "latitude", "longitude", "phone-number")
                        .updateCycle(Frequency.ANNUAL)
                        .candidacy(OpenDataCandidacy.PUBLISHED)
                        .build())
                .build();
    }

    /**
     * Checks a record: the record checks (with the vocabulary) and the SHACL shapes.
     *
     * @param record the record
     * @return the findings (empty for a good record)
     */
    public static List<Finding> check(DatasetRecord record) {
        List<Finding> findings = new ArrayList<>(
                MetadataWiring.checks(Vocabulary.standard()).check(record, record.identifier()));
        findings.addAll(ShaclCheck.standard().check(record, record.identifier()));
        return findings;
    }

    /**
     * Runs the example.
     *
     * @param args none
     */
    public static void main(String[] args) {
        DatasetRecord record = toiletRecord();
        List<Finding> findings = check(record);
        System.out.println("findings: " + findings.size());
        for (Finding f : findings) {
            System.out.println(Messages.get().localize(f).in(Locale.JAPANESE));
        }
        System.out.println(MetadataJson.write(record));
        System.out.println(DcatWriter.builder().format(DcatFormat.TURTLE).build().write(record));
    }
}
