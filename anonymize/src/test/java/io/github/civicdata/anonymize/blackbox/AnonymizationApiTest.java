package io.github.civicdata.anonymize.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.anonymize.AnonymizationResult;
import io.github.civicdata.anonymize.Anonymizer;
import io.github.civicdata.anonymize.CsvOptions;
import io.github.civicdata.anonymize.Hierarchy;
import io.github.civicdata.anonymize.Metric;
import io.github.civicdata.anonymize.PrivacyModel;
import io.github.civicdata.anonymize.Table;
import io.github.civicdata.core.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The public anonymisation API as a user sees it, from outside the package: read a table, build
 * hierarchies with the builders, configure an {@link Anonymizer}, anonymise, and read the result,
 * its JSON report (compared with a golden file) and its text summary.
 */
class AnonymizationApiTest {

    static final Path GOLDEN_INPUT = Path.of("src", "test", "resources", "golden", "report", "residents.csv");
    static final ObjectMapper JSON = new ObjectMapper();

    static Anonymizer residentsAnonymizer(Table t) {
        List<String> ages = t.distinctValues(t.columnIndex("年齢").getAsInt());
        List<String> zips = t.distinctValues(t.columnIndex("郵便番号").getAsInt());
        return Anonymizer.builder()
                .identifying("氏名")
                .quasiIdentifier("年齢", Hierarchy.intervals().width(10).width(20).topCoding(90, "90歳以上").build(ages))
                .quasiIdentifier("郵便番号", Hierarchy.masking().maskRight(1, 4).build(zips))
                .quasiIdentifier("性別", Hierarchy.of(List.of(List.of("男", "*"), List.of("女", "*"))))
                .sensitive("疾病")
                .privacyModel(PrivacyModel.kAnonymity(2))
                .privacyModel(PrivacyModel.distinctLDiversity("疾病", 2))
                .suppressionLimit(0.2)
                .metric(Metric.LOSS)
                .recordSuppressedRows(true)
                .threads(1)
                .build();
    }

    @Test
    void builderToAnonymizeToReport() {
        Table in = Table.read(GOLDEN_INPUT, CsvOptions.defaults());
        assertThat(in.rowCount()).isEqualTo(12);
        assertThat(in.blankLines()).isEqualTo(2);
        AnonymizationResult r = residentsAnonymizer(in).anonymize(in);

        assertThat(r.inputRows()).isEqualTo(r.outputRows() + r.suppressedRows()).isEqualTo(12);
        assertThat(r.suppressedRowNumbers()).hasSize((int) r.suppressedRows());
        assertThat(r.suppressedRows()).isLessThanOrEqualTo(2); // floor(0.2 * 12)
        Table out = r.output();
        assertThat(out.header()).isEqualTo(in.header());
        Map<List<String>, List<String>> classes = new HashMap<>();
        for (int row = 0; row < out.rowCount(); row++) {
            List<String> cells = out.row(row);
            assertThat(cells.get(0)).isEqualTo("*");
            classes.computeIfAbsent(cells.subList(1, 4), k -> new ArrayList<>()).add(cells.get(4));
        }
        for (List<String> diseases : classes.values()) {
            assertThat(diseases).hasSizeGreaterThanOrEqualTo(2);
            assertThat(diseases.stream().distinct().count()).isGreaterThanOrEqualTo(2);
        }
        assertThat(r.levels()).containsOnlyKeys("年齢", "郵便番号", "性別");

        Golden.assertMatches("report/residents.expected.json", stable(r.toJson()));
    }

    /** The report without what changes from run to run (tool version, search time). */
    static String stable(String json) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(json);
            root.remove("tool");
            JsonNode search = root.get("search");
            if (search instanceof ObjectNode s) {
                s.remove("millis");
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Regression (review of issue 5, G3): the levels line was cut at 80 characters with 9 quasi-identifiers. */
    @Test
    void summaryGivesTheLevelOfEveryQuasiIdentifier() {
        List<String> header = new ArrayList<>();
        for (int q = 0; q < 10; q++) {
            header.add("quasi-identifier-" + q);
        }
        Table.Builder tb = Table.builder(header);
        for (int row = 0; row < 8; row++) {
            List<String> cells = new ArrayList<>();
            for (int q = 0; q < 10; q++) {
                cells.add(q == 9 ? String.valueOf(row) : String.valueOf(row % 2));
            }
            tb.addRow(cells);
        }
        Table t = tb.build();
        Anonymizer.Builder b = Anonymizer.builder().privacyModel(PrivacyModel.kAnonymity(2));
        for (String q : header) {
            b.quasiIdentifier(q, Hierarchy.masking().maskRight(1).build(t.distinctValues(header.indexOf(q))));
        }
        AnonymizationResult r = b.build().anonymize(t);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            String summary = r.summary(locale);
            for (String q : header) {
                assertThat(summary).as(locale + " " + q).contains(q + "=" + r.levels().get(q) + "/2");
            }
        }
        assertThat(r.summary(Locale.ENGLISH)).contains("Levels: quasi-identifier-0=0/2, quasi-identifier-1=0/2")
                .doesNotContain("blank line");
        assertThat(r.summary(Locale.JAPANESE)).contains("一般化レベル: quasi-identifier-0=0/2、quasi-identifier-1=0/2");
    }

    @Test
    void blankLinesAreCountedInReportAndSummary() throws Exception {
        Table in = Table.read(GOLDEN_INPUT, CsvOptions.defaults());
        AnonymizationResult r = residentsAnonymizer(in).anonymize(in);
        assertThat(r.blankLines()).isEqualTo(2);
        assertThat(JSON.readTree(r.toJson()).get("blankLines").asLong()).isEqualTo(2);
        assertThat(r.summary(Locale.ENGLISH)).contains("2 blank line(s) of the input were skipped");
        assertThat(r.summary(Locale.JAPANESE)).contains("空行 2 行");
        // the output has no blank lines: header + records only
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.output().write(out, CsvOptions.defaults());
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.split("\r\n", -1)).hasSize((int) r.outputRows() + 2).endsWith("");
        assertThat(text).doesNotContain("\r\n\r\n");
    }
}
