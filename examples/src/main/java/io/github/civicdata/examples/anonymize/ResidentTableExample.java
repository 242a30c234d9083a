package io.github.civicdata.examples.anonymize;

import io.github.civicdata.anonymize.AnonymizationResult;
import io.github.civicdata.anonymize.Anonymizer;
import io.github.civicdata.anonymize.CsvOptions;
import io.github.civicdata.anonymize.Hierarchy;
import io.github.civicdata.anonymize.Metric;
import io.github.civicdata.anonymize.PrivacyModel;
import io.github.civicdata.anonymize.RiskProfile;
import io.github.civicdata.anonymize.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Anonymises a (synthetic) municipal resident table for release as 匿名加工情報: residents'
 * IDs and names are removed, age, sex, 町字 and household type are generalised (age in 5/10/20-year
 * bands with top coding at 90, 町字 → 市区町村 → 都道府県 through an administrative-area hierarchy
 * built from plain code-list rows), and the long-term care level is protected by 2-diversity on
 * top of 5-anonymity, with at most 2 % of records suppressed.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp cli/target/civicdata.jar:examples/target/classes \
 *     io.github.civicdata.examples.anonymize.ResidentTableExample
 * </pre>
 * It writes {@code examples/target/residents-anonymised.csv} and {@code examples/target/residents-report.json}.
 */
public final class ResidentTableExample {

    private ResidentTableExample() {
    }

    /**
     * Runs the example.
     *
     * @param args the data folder (default {@code examples/data/anonymize}) and the output folder
     *     (default {@code target})
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "examples/data/anonymize");
        Path outDir = Path.of(args.length > 1 ? args[1] : "examples/target");
        Files.createDirectories(outDir);

        Table residents = Table.read(data.resolve("residents.csv"), CsvOptions.defaults());

        // 町字 → 市区町村 → 都道府県 → *, from plain rows (a code list can supply them; here two CSVs)
        var areas = Hierarchy.areas();
        Table municipalities = Table.read(data.resolve("municipalities.csv"), CsvOptions.defaults());
        for (int r = 0; r < municipalities.rowCount(); r++) {
            areas.municipality(municipalities.value(r, 1), municipalities.value(r, 2));
        }
        Table towns = Table.read(data.resolve("towns.csv"), CsvOptions.defaults());
        for (int r = 0; r < towns.rowCount(); r++) {
            areas.town(towns.value(r, 0), towns.value(r, 1));
        }
        Hierarchy area = areas.build();

        Hierarchy age = Hierarchy.intervals().width(5).width(10).width(20).topCoding(90, "90歳以上")
                .build(residents.distinctValues(residents.columnIndex("年齢").getAsInt()));
        Hierarchy sex = Hierarchy.of(List.of(List.of("男", "*"), List.of("女", "*")));
        Hierarchy household = Hierarchy.of(List.of(
                List.of("単身", "単身世帯", "*"),
                List.of("夫婦のみ", "複数人世帯", "*"),
                List.of("夫婦と子", "複数人世帯", "*"),
                List.of("ひとり親と子", "複数人世帯", "*"),
                List.of("三世代", "複数人世帯", "*"),
                List.of("その他", "複数人世帯", "*")));

        Anonymizer anonymizer = Anonymizer.builder()
                .identifying("住民ID")
                .identifying("氏名")
                .quasiIdentifier("年齢", age)
                .quasiIdentifier("性別", sex)
                .quasiIdentifier("町字", area)
                .quasiIdentifier("世帯類型", household)
                .sensitive("要介護度")
                .privacyModel(PrivacyModel.kAnonymity(5))
                .privacyModel(PrivacyModel.distinctLDiversity("要介護度", 2))
                .suppressionLimit(0.02)
                .metric(Metric.LOSS)
                .recordSuppressedRows(true)
                .build();

        RiskProfile before = RiskProfile.of(residents, anonymizer.quasiIdentifiers(), 0.2);
        System.out.println("before: highest prosecutor risk " + before.prosecutorMax() + ", sample uniques "
                + before.sampleUniques());

        AnonymizationResult result = anonymizer.anonymize(residents);
        result.output().write(outDir.resolve("residents-anonymised.csv"), CsvOptions.defaults());
        Files.writeString(outDir.resolve("residents-report.json"), result.toJson(), StandardCharsets.UTF_8);
        System.out.print(result.summary(Locale.JAPANESE));
        System.out.print(result.summary(Locale.ENGLISH));
    }
}
