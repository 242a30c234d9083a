package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.metadata.TemporalCoverage;
import io.github.civicdata.vocab.code.ReferencePeriod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code validate --metadata RECORD.json}: the record's temporal coverage decides whether a former
 * 全国地方公共団体コード is fine for the data (issue 12, part 1). 221317 is 浜松市中区, abolished on
 * 2024-01-01 (valid until 2023-12-31).
 */
class ValidateRecordPeriodTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path csv() throws Exception {
        Path f = tmp.resolve("wards.csv");
        Files.writeString(f, "全国地方公共団体コード,名称\r\n221317,中区役所\r\n221384,中央区役所\r\n", StandardCharsets.UTF_8);
        return f;
    }

    /** The example toilet record with another temporal coverage ({@code null}: none). */
    private Path record(String start, String end) throws Exception {
        ObjectNode r = (ObjectNode) JSON.readTree(DcatApCommandsTest.CATALOG.resolve("01-public-toilet.json").toFile());
        r.remove("temporal");
        if (start != null || end != null) {
            ObjectNode t = r.putObject("temporal");
            if (start != null) {
                t.put("start", start);
            }
            if (end != null) {
                t.put("end", end);
            }
        }
        Path f = tmp.resolve("record-" + start + "-" + end + ".json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(f.toFile(), r);
        return f;
    }

    /** The codes reported under L3-06, with their message keys. */
    private static List<String> codeFindings(CliRun.Result r) throws Exception {
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.path("findings").isArray()).as(r.out() + r.err()).isTrue();
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            if (f.path("rule").asText().equals("L3-06")) {
                out.add(f.path("value").asText() + " " + f.path("severity").asText());
            }
        }
        return out;
    }

    private CliRun.Result validate(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("validate", csv().toString(), "--format", "json", "--lang", "en"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    @Test
    void withoutARecordTheOldCodeIsAnError() throws Exception {
        assertThat(codeFindings(validate())).containsExactly("221317 error");
    }

    @Test
    void aCoverageWhenTheWardExistedMakesItFine() throws Exception {
        CliRun.Result r = validate("--metadata", record("2023-04-01", "2024-03-31").toString());
        assertThat(codeFindings(r)).as(r.out()).isEmpty();
        assertThat(r.err()).contains("Reference period 2023-04-01/2024-03-31, from the temporal coverage of");
        assertThat(r.code()).isZero();
    }

    @Test
    void aCoverageBeforeTheNewWardMakesTheNewCodeAnError() throws Exception {
        CliRun.Result r = validate("--metadata", record("2022-04-01", "2023-03-31").toString());
        assertThat(codeFindings(r)).as(r.out()).containsExactly("221384 error");
    }

    @Test
    void anOpenEndedCoverageAfterTheChangeKeepsTheOldCodeAnError() throws Exception {
        CliRun.Result r = validate("--metadata", record("2024-04-01", null).toString());
        assertThat(codeFindings(r)).as(r.out()).containsExactly("221317 error");
    }

    @Test
    void aCoverageUpToADayBeforeTheChangeIsThatDay() throws Exception {
        CliRun.Result r = validate("--metadata", record(null, "2023-12-31").toString());
        assertThat(codeFindings(r)).as(r.out()).containsExactly("221384 error");
        assertThat(r.err()).contains("Reference period 2023-12-31,");
    }

    @Test
    void aRecordWithoutCoverageSaysSoAndChecksThePresent() throws Exception {
        CliRun.Result r = validate("--metadata", record(null, null).toString());
        assertThat(codeFindings(r)).containsExactly("221317 error");
        assertThat(r.err()).contains("states no temporal coverage");
    }

    @Test
    void asOfWinsAndSaysSo() throws Exception {
        CliRun.Result r = validate("--metadata", record("2023-04-01", "2024-03-31").toString(), "--as-of", "2024-06-01");
        assertThat(codeFindings(r)).containsExactly("221317 error");
        assertThat(r.err()).contains("--as-of 2024-06-01 is the reference period");
    }

    @Test
    void anInvalidRecordIsAUsageError() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"identifier\": \"x\"}", StandardCharsets.UTF_8);
        CliRun.Result r = validate("--metadata", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not a valid metadata record");
        assertThat(validate("--metadata", tmp.resolve("missing.json").toString()).code()).isEqualTo(3);
    }

    /** start | end | today | expected period. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-04-01|2024-03-31|2026-12-07|2023-04-01/2024-03-31",
        "2024-10-01||2026-12-07|2024-10-01/2026-12-07",
        "2027-01-01||2026-12-07|2027-01-01",
        "|2023-12-31|2026-12-07|2023-12-31",
        "2024-06-01|2024-06-01|2026-12-07|2024-06-01"})
    void periodsOfCoverages(String start, String end, String today, String expected) {
        TemporalCoverage c = new TemporalCoverage(Optional.ofNullable(start).map(LocalDate::parse),
                Optional.ofNullable(end).map(LocalDate::parse));
        ReferencePeriod p = RecordPeriod.of(c, LocalDate.parse(today));
        assertThat(p.toString()).isEqualTo(expected);
    }
}
