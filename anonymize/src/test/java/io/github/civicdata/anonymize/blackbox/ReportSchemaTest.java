package io.github.civicdata.anonymize.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.civicdata.anonymize.AnonymizationResult;
import io.github.civicdata.anonymize.CsvOptions;
import io.github.civicdata.anonymize.RiskAnalysis;
import io.github.civicdata.anonymize.Table;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;

/**
 * The JSON reports of anonymisation and risk analysis match both published schemas: core's report schema and the
 * anonymisation members' schema shipped in this module's jar.
 */
class ReportSchemaTest {

    static Schema load(Class<?> anchor, String resource) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " is published in the jar").isNotNull();
            return SchemaLoader.load(new JSONObject(new JSONTokener(in)));
        }
    }

    static void assertValid(String json) throws IOException {
        JSONObject doc = new JSONObject(json);
        load(ReportWriter.class, "report.schema.json").validate(doc);
        load(Table.class, "anonymization-report.schema.json").validate(doc);
    }

    @Test
    void anonymisationReportMatchesBothSchemas() throws IOException {
        Table in = Table.read(AnonymizationApiTest.GOLDEN_INPUT, CsvOptions.defaults());
        AnonymizationResult r = AnonymizationApiTest.residentsAnonymizer(in).anonymize(in);
        assertValid(r.toJson());
    }

    @Test
    void riskReportMatchesBothSchemas() throws IOException {
        Table in = Table.read(AnonymizationApiTest.GOLDEN_INPUT, CsvOptions.defaults());
        RiskAnalysis risk = RiskAnalysis.of(in, List.of("年齢", "性別"), 0.2, OptionalInt.of(2));
        ReportWriter.Builder b = ReportWriter.builder(ReportFormat.JSON);
        risk.reportMembers().forEach(b::extra);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.build().write(risk.report(), out);
        assertValid(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSchemaRejectsAReportThatLosesRowsOrRisk() throws IOException {
        Schema members = load(Table.class, "anonymization-report.schema.json");
        JSONObject noRisk = new JSONObject("{\"inputRows\": 3, \"outputRows\": 3, \"suppressedRows\": 0,"
                + " \"levels\": {\"age\": 1}, \"minClassSize\": 3, \"loss\": {\"loss\": 0.1, \"discernibility\": 9,"
                + " \"aecs\": 1, \"entropy\": 0}}");
        assertThatThrownBy(() -> members.validate(noRisk)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("risk");
        JSONObject badRisk = new JSONObject("{\"risk\": {\"before\": {\"prosecutor\": 2, \"journalist\": 1,"
                + " \"marketer\": 1}, \"after\": {\"prosecutor\": 1, \"journalist\": 1, \"marketer\": 1}}}");
        assertThatThrownBy(() -> members.validate(badRisk)).isInstanceOf(ValidationException.class);
    }
}
