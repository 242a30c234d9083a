package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.UnreadableInputException;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorApiTest {

    @TempDir
    Path dir;

    static Report run(Validator v, String csv) {
        return v.validate(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv");
    }

    static final String KANA = "名称,カナ\n" + "市役所,ｼﾔｸｼｮ\n".repeat(12);

    @Test
    void repeatsPerColumnAreSummarisedAndCountsStayExact() {
        Report r = run(Validator.builder().build(), KANA);
        assertThat(r.findings()).hasSize(6);
        Finding more = r.findings().get(5);
        assertThat(more.messageKey()).isEqualTo("validation.more");
        assertThat(more.arguments().get(0)).isEqualTo(7L);
        Report all = run(Validator.builder().maxFindingsPerColumn(0).build(), KANA);
        assertThat(all.findings()).hasSize(12);
    }

    @Test
    void maxFindingsTruncatesButCountsEverything() {
        Report r = run(Validator.builder().maxFindings(3).maxFindingsPerColumn(0).build(), KANA);
        assertThat(r.findings()).hasSize(3);
        assertThat(r.truncated()).isTrue();
        assertThat(r.total()).isEqualTo(12);
        assertThat(r.count(Severity.ERROR)).isEqualTo(12);
    }

    /** A blank row between data rows and a blank column: two L1-03 findings with different codes. */
    static final String BLANK_ROW_AND_COLUMN = "地区,,人口\n北,,1\n南,,2\n,,\n東,,3\n西,,4\n";

    @Test
    void findingsCarryTheirFrictionlessCode() {
        Report r = run(Validator.builder().build(), BLANK_ROW_AND_COLUMN + "中,,5,6\n");
        assertThat(r.findings()).extracting(f -> f.ruleId() + "/" + f.code().orElse("-"))
                .contains("L1-03/blank-row", "L1-03/-", "extra-cell/extra-cell");
    }

    @Test
    void disablingAFrictionlessCodeDisablesOnlyThatVariant() {
        Report all = run(Validator.builder().build(), BLANK_ROW_AND_COLUMN);
        assertThat(all.findings()).extracting(Finding::messageKey)
                .contains("L1-03.blank-row", "L1-03.blank-column.one");
        Report noBlankRow = run(Validator.builder().disable("blank-row").build(), BLANK_ROW_AND_COLUMN);
        assertThat(noBlankRow.findings()).extracting(Finding::messageKey)
                .contains("L1-03.blank-column.one").doesNotContain("L1-03.blank-row");
        assertThat(noBlankRow.rules()).extracting(RuleInfo::id).contains("L1-03");
        Report noRule = run(Validator.builder().disable("L1-03").build(), BLANK_ROW_AND_COLUMN);
        assertThat(noRule.findings()).extracting(Finding::ruleId).doesNotContain("L1-03");
    }

    @Test
    void severitiesAreConfigurableAndRulesCanBeDisabled() {
        Report r = run(Validator.builder().severity("1-10", Severity.INFO).build(), KANA);
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(r.rules()).filteredOn(x -> x.id().equals("L1-08")).extracting(RuleInfo::severity)
                .containsExactly(Severity.INFO);
        assertThat(r.conforms()).isTrue();
        Report off = run(Validator.builder().disable("L1-08").build(), KANA);
        assertThat(off.findings()).isEmpty();
        assertThat(off.rules()).extracting(RuleInfo::id).doesNotContain("L1-08").contains("L3-02", "L3-07");
        assertThatThrownBy(() -> Validator.builder().severity("L9-99", Severity.INFO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesCanBeHidden() {
        Report r = run(Validator.builder().hideValues(true).build(), KANA);
        assertThat(r.findings()).allSatisfy(f -> {
            assertThat(f.value()).isEmpty();
            assertThat(f.suggestion()).isEmpty();
        });
    }

    @Test
    void severalFilesGiveOneCombinedReport() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), KANA);
        Path b = Files.write(dir.resolve("b.csv"), "名称,備考\n市役所,㈱\n".getBytes(Charset.forName("windows-31j")));
        Report r = Validator.builder().build().validate(List.of(a, b));
        assertThat(r.sources()).hasSize(2);
        assertThat(r.sources().get(1).encoding()).hasValue("CP932");
        assertThat(r.findings()).extracting(f -> f.location().source()).contains(a.toString(), b.toString());
    }

    /** Issue 10 part 5: a missing file among several used to end the whole run. */
    @Test
    void missingOrUnreadableFileAmongSeveralIsAFindingAndTheOthersAreValidated() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), KANA);
        Path missing = dir.resolve("gone.csv");
        Path folder = Files.createDirectories(dir.resolve("folder.csv"));
        Path b = Files.write(dir.resolve("b.csv"), "名称,備考\n市役所,㈱\n".getBytes(Charset.forName("windows-31j")));
        Report r = Validator.builder().build().validate(List.of(a, missing, folder, b));
        assertThat(r.sources()).extracting(s -> s.name())
                .containsExactly(a.toString(), missing.toString(), folder.toString(), b.toString());
        assertThat(r.countsByRule().get("file.unreadable")).isEqualTo(2L);
        Finding gone = r.findings().stream().filter(f -> f.location().source().equals(missing.toString())).findFirst()
                .orElseThrow();
        assertThat(gone.ruleId()).isEqualTo("file.unreadable");
        assertThat(gone.severity()).isEqualTo(Severity.ERROR);
        assertThat(Messages.get().localize(gone).en()).isEqualTo("The file does not exist.");
        assertThat(r.findings()).filteredOn(f -> f.location().source().equals(folder.toString()))
                .extracting(Finding::ruleId).containsExactly("file.unreadable");
        assertThat(r.findings()).extracting(f -> f.location().source()).contains(a.toString(), b.toString());
        assertThat(r.sources().get(3).encoding()).hasValue("CP932");
        // the rule can be turned off like any other
        Report quiet = Validator.builder().disable("file.unreadable").build().validate(List.of(missing));
        assertThat(quiet.total()).isZero();
    }

    @Test
    void delimiterIsDetectedReportedAndCanBeStated() {
        String semicolons = "名称;住所;人数\n市役所;東京都千代田区;10\n市民会館;東京都千代田区;20\n";
        Report detected = Validator.builder().build()
                .validate(new ByteArrayInputStream(semicolons.getBytes(StandardCharsets.UTF_8)), "s.csv");
        assertThat(detected.sources().get(0).delimiter()).hasValue(";");
        assertThat(detected.findings()).extracting(Finding::ruleId).containsExactly("csv.delimiter");
        Report stated = Validator.builder().delimiter(';').build()
                .validate(new ByteArrayInputStream(semicolons.getBytes(StandardCharsets.UTF_8)), "s.csv");
        assertThat(stated.sources().get(0).delimiter()).hasValue(";");
        assertThat(stated.findings()).as("a stated delimiter is no finding").isEmpty();
        Report forcedComma = Validator.builder().delimiter(',').build()
                .validate(new ByteArrayInputStream(semicolons.getBytes(StandardCharsets.UTF_8)), "s.csv");
        assertThat(forcedComma.sources().get(0).delimiter()).hasValue(",");
        assertThat(forcedComma.countsByRule()).doesNotContainKey("csv.delimiter");
        Report tsv = Validator.builder().build()
                .validate(new ByteArrayInputStream("名称\t人数\n市役所\t10\n".getBytes(StandardCharsets.UTF_8)), "t.tsv");
        assertThat(tsv.sources().get(0).delimiter()).hasValue("\t");
        assertThat(tsv.total()).isZero();
    }

    /** Issue 10 part 4: a few findings that summarise a column still say how many cells they cover. */
    @Test
    void cellAndRowCountsCoverSummarisedAndTruncatedFindings() {
        StringBuilder csv = new StringBuilder("名称,カナ,人数\n");
        for (int i = 0; i < 500; i++) {
            csv.append("市役所").append(i).append(",ｼﾔｸｼｮ,").append(i).append("人\n");
        }
        Report r = Validator.builder().maxFindings(4).build()
                .validate(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "big.csv");
        assertThat(r.truncated()).isTrue();
        assertThat(r.count(Severity.ERROR)).isLessThan(20);
        assertThat(r.cells(Severity.ERROR)).as("half-width kana and units in 500 rows each").isEqualTo(1000);
        assertThat(r.rows(Severity.ERROR)).isEqualTo(500);
    }

    @Test
    void unreadableInputIsOurExceptionAndBadConfigurationIsRejected() {
        assertThatThrownBy(() -> Validator.builder().build().validate(dir.resolve("missing.csv")))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("missing.csv");
        assertThatThrownBy(() -> Validator.builder().template("no-such-template").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown template");
        assertThatThrownBy(() -> Validator.builder().maxColumns(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Validator.builder().delimiter('"').build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schemasThatAreNotTableSchemasAreRejectedWithAReason() throws Exception {
        Path notJson = Files.writeString(dir.resolve("s.json"), "{nope");
        assertThatThrownBy(() -> Validator.builder().schema(notJson).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not JSON");
        Path noFields = Files.writeString(dir.resolve("t.json"), "{\"title\": \"x\"}");
        assertThatThrownBy(() -> Validator.builder().schema(noFields).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Table Schema");
        assertThatThrownBy(() -> Validator.builder().schema(dir.resolve("absent.json")).build())
                .isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void encodingOverrideAndDetection() {
        byte[] sjis = "名称,住所\n市役所,東京都千代田区\n".getBytes(Charset.forName("Shift_JIS"));
        Report detected = Validator.builder().build().validate(new ByteArrayInputStream(sjis), "s.csv");
        assertThat(detected.sources().get(0).encoding()).hasValue("Shift_JIS");
        assertThat(detected.findings()).extracting(Finding::ruleId).containsExactly("L3-08");
        Report wrong = Validator.builder().encoding(StandardCharsets.UTF_8).build()
                .validate(new ByteArrayInputStream(sjis), "s.csv");
        assertThat(wrong.findings()).extracting(Finding::ruleId).contains("encoding-error");
        assertThat(wrong.findings().stream().filter(f -> f.ruleId().equals("encoding-error")).findFirst()
                .orElseThrow().location().byteOffset()).isPresent();
    }

    @Test
    void progressIsReportedForLargeInputs() {
        String big = "名称,人数\n" + "市役所,10\n".repeat(1_000_000);
        List<long[]> seen = new ArrayList<>();
        Validator.builder().progress((s, done, total) -> seen.add(new long[] {done, total})).build()
                .validate(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), "big.csv");
        assertThat(seen).hasSizeGreaterThan(1);
        assertThat(seen.get(seen.size() - 1)[0]).isEqualTo(big.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void largeFilesDecodedOnASecondThreadGiveTheSameReport() throws Exception {
        StringBuilder sb = new StringBuilder("名称,カナ,人数\n");
        for (int i = 0; i < 150_000; i++) {
            sb.append(i % 5000 == 0 ? "第①会議室" : "市民会館" + i).append(',').append(i % 7000 == 0 ? "ｶﾅ" : "カナ")
                    .append(',').append(i % 9000 == 0 ? "10人" : Integer.toString(i)).append('\n');
        }
        byte[] good = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length / 2);
        bytes[good.length / 2] = (byte) 0xFF; // an invalid byte in the middle of a line
        bytes[good.length / 2 + 1] = (byte) 0xFE;
        System.arraycopy(good, good.length / 2, bytes, good.length / 2 + 2, good.length - good.length / 2);
        Path f = Files.write(dir.resolve("big.csv"), bytes);
        assertThat(Files.size(f)).isGreaterThan(4L << 20);
        Validator v = Validator.builder().build();
        Report fromFile = v.validate(f);
        Report fromStream = v.validate(new ByteArrayInputStream(bytes), "big.csv");
        assertThat(ReportJson.of(fromFile)).isEqualTo(ReportJson.of(fromStream));
        assertThat(fromFile.findings()).extracting(Finding::ruleId).contains("encoding-error", "L1-08");
        assertThat(fromFile.sources().get(0).rows()).hasValue(150_000);
    }
}
