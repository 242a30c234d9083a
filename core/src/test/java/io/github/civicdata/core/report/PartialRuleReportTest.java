package io.github.civicdata.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;

/** Rules checked only in part ({@link RuleInfo.Mode#PARTIAL}) say so in every report format. */
class PartialRuleReportTest {

    static Report report() {
        return Report.builder().source(SourceInfo.of("a.csv"))
                .rule(RuleInfo.of("L3-02", Severity.WARNING, RuleInfo.Mode.MANUAL, List.of()))
                .rule(RuleInfo.of("L3-04", Severity.WARNING, RuleInfo.Mode.PARTIAL, List.of("1-9")))
                .rule(RuleInfo.of("L3-08", Severity.WARNING, RuleInfo.Mode.PARTIAL, List.of()))
                .build();
    }

    @Test
    void textListsPartialRulesBesideManualOnes() throws IOException {
        String en = ReportWritersTest.write(ReportWriter.of(ReportFormat.TEXT, Locale.ENGLISH), report());
        assertThat(en).contains("Not checked automatically (check by hand): L3-02")
                .contains("Checked automatically only in part (check the rest by hand): L3-04, L3-08");
        String ja = ReportWritersTest.write(ReportWriter.of(ReportFormat.TEXT, Locale.JAPANESE), report());
        assertThat(ja).contains("一部のみ").contains("L3-04, L3-08");
    }

    @Test
    void jsonAndSarifSayPartial() throws IOException {
        String json = ReportWritersTest.write(ReportWriter.of(ReportFormat.JSON, Locale.ENGLISH), report());
        ReportWritersTest.schema().validate(new JSONObject(new JSONTokener(json.replace("VERSION", "1"))));
        JsonNode rules = new ObjectMapper().readTree(json).get("rules");
        assertThat(rules.get(1).get("mode").asText()).isEqualTo("partial");
        JsonNode sarif = new ObjectMapper().readTree(
                ReportWritersTest.write(ReportWriter.of(ReportFormat.SARIF, Locale.ENGLISH), report()));
        JsonNode l304 = sarif.at("/runs/0/tool/driver/rules/1");
        assertThat(l304.at("/properties/mode").asText()).isEqualTo("partial");
        assertThat(l304.at("/defaultConfiguration/enabled").asBoolean()).isTrue();
        assertThat(sarif.at("/runs/0/tool/driver/rules/0/defaultConfiguration/enabled").asBoolean()).isFalse();
    }
}
