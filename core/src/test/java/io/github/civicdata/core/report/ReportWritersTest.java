package io.github.civicdata.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.testing.Golden;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.core.ToolInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportWritersTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A report with a CSV file (two findings, one with a suggestion), a JSON document and a manual rule. */
    static Report fixture() {
        return Report.builder()
                .source(SourceInfo.builder("aed.csv").encoding("Shift_JIS").bom(false).rows(120)
                        .template("aed@2021-suisho").delimiter(';').build())
                .source(SourceInfo.of("record.json"))
                .rule(RuleInfo.of("L1-08", Severity.ERROR, RuleInfo.Mode.AUTOMATIC, List.of("1-10")))
                .rule(RuleInfo.of("L3-05", Severity.WARNING, RuleInfo.Mode.AUTOMATIC, List.of("1-11")))
                .rule(RuleInfo.of("L3-02", Severity.WARNING, RuleInfo.Mode.MANUAL, List.of()))
                .add(Finding.builder("L1-08", Severity.ERROR)
                        .location(Location.cell("aed.csv", 14, 13, 3, "名称"))
                        .args("①").value("①号館").build())
                .add(Finding.builder("L3-05", Severity.WARNING)
                        .location(Location.cell("aed.csv", 20, 19, 7, "設置日"))
                        .args("令和5年4月1日", "2023-04-01").value("令和5年4月1日").suggestion("2023-04-01").build())
                .add(Finding.builder("json.type", Severity.ERROR)
                        .location(Location.pointer("record.json", "/distributions/0/byteSize"))
                        .args("integer", "string").value("12<&>\"KB\"").build())
                .build();
    }

    static String write(ReportWriter w, Report r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(r, out);
        return out.toString(StandardCharsets.UTF_8).replace(ToolInfo.version(), "VERSION");
    }

    @Test
    void textGoldenInBothLanguages() throws IOException {
        Golden.assertMatches("report/fixture.en.txt", write(ReportWriter.of(ReportFormat.TEXT, Locale.ENGLISH), fixture()));
        Golden.assertMatches("report/fixture.ja.txt", write(ReportWriter.of(ReportFormat.TEXT, Locale.JAPANESE), fixture()));
    }

    @Test
    void findingAtTheDocumentRootSaysSoInsteadOfAnEmptyPointer() throws IOException {
        Report root = Report.builder()
                .add(Finding.builder("json.type", Severity.ERROR).location(Location.pointer("record.json", ""))
                        .args("object", "array").build())
                .build();
        String en = write(ReportWriter.of(ReportFormat.TEXT, Locale.ENGLISH), root);
        String ja = write(ReportWriter.of(ReportFormat.TEXT, Locale.JAPANESE), root);
        assertThat(en).contains("at the top level of the document").doesNotContainPattern("at \\s*\\n");
        assertThat(ja).contains("文書の最上位");
    }

    @Test
    void jsonGoldenAndSchema() throws IOException {
        String json = write(ReportWriter.of(ReportFormat.JSON, Locale.ENGLISH), fixture());
        Golden.assertMatches("report/fixture.json", json);
        schema().validate(new JSONObject(new JSONTokener(json.replace("VERSION", "1"))));
        JsonNode n = MAPPER.readTree(json);
        assertThat(n.path("conforms").asBoolean()).isFalse();
        assertThat(n.path("counts").path("error").asInt()).isEqualTo(2);
        JsonNode f0 = n.path("findings").get(0);
        assertThat(f0.path("rule").asText()).isEqualTo("L1-08");
        assertThat(f0.path("line").asInt()).isEqualTo(14);
        assertThat(f0.path("row").asInt()).isEqualTo(13);
        assertThat(f0.path("column").asInt()).isEqualTo(3);
        assertThat(f0.path("header").asText()).isEqualTo("名称");
        assertThat(f0.path("message").path("ja").asText()).contains("機種依存文字");
        assertThat(n.path("findings").get(2).has("line")).as("absent location keys are omitted").isFalse();
        assertThat(n.path("sources").get(0).path("encoding").asText()).isEqualTo("Shift_JIS");
    }

    /** Two sources, findings out of reading order, one with a frictionless code (a variant of L1-03). */
    static Report unordered() {
        return Report.builder()
                .source(SourceInfo.of("a.csv"))
                .source(SourceInfo.of("b.csv"))
                .add(Finding.builder("L1-08", Severity.ERROR).location(Location.cell("b.csv", 3, 2, 1, "名称"))
                        .args("①").build())
                .add(Finding.builder("L1-08", Severity.ERROR).location(Location.cell("a.csv", 9, 8, 1, "名称"))
                        .args("②").build())
                .add(Finding.builder("L1-03", Severity.ERROR).messageKey("L1-03.blank-row")
                        .location(Location.builder("a.csv").line(5).row(4).build()).args(5, 1).build())
                .build();
    }

    @Test
    void frictionlessCodeIsInJsonAndSarif() throws IOException {
        String json = write(ReportWriter.of(ReportFormat.JSON, Locale.ENGLISH), unordered());
        schema().validate(new JSONObject(new JSONTokener(json.replace("VERSION", "1"))));
        JsonNode findings = MAPPER.readTree(json).path("findings");
        assertThat(findings.get(2).path("code").asText()).isEqualTo("blank-row");
        assertThat(findings.get(0).has("code")).as("no code where none fits").isFalse();
        JsonNode results = MAPPER.readTree(write(ReportWriter.of(ReportFormat.SARIF, Locale.ENGLISH), unordered()))
                .path("runs").get(0).path("results");
        assertThat(results.get(2).path("properties").path("code").asText()).isEqualTo("blank-row");
        assertThat(results.get(0).path("properties").has("code")).isFalse();
    }

    @Test
    void textListsFindingsBySourceThenLine() throws IOException {
        String text = write(ReportWriter.of(ReportFormat.TEXT, Locale.ENGLISH), unordered());
        assertThat(text.indexOf("a.csv:5:")).isPositive().isLessThan(text.indexOf("a.csv:9:"));
        assertThat(text.indexOf("a.csv:9:")).isLessThan(text.indexOf("b.csv:3:"));
    }

    @Test
    void jsonSchemaRejectsAReportMissingCounts() throws IOException {
        String json = write(ReportWriter.of(ReportFormat.JSON, Locale.ENGLISH), fixture()).replace("VERSION", "1");
        JSONObject o = new JSONObject(new JSONTokener(json));
        o.remove("counts");
        assertThatThrownBy(() -> schema().validate(o)).isInstanceOf(ValidationException.class);
    }

    @Test
    void jsonFailOnChangesConformsAndExtraMembersAreWritten() throws IOException {
        Report warningsOnly = Report.builder()
                .add(Finding.builder("L3-05", Severity.WARNING).location(Location.of("a.csv")).args("x", "y").build())
                .build();
        JsonNode atError = MAPPER.readTree(write(ReportWriter.of(ReportFormat.JSON, Locale.ENGLISH), warningsOnly));
        JsonNode atWarning = MAPPER.readTree(write(ReportWriter.builder(ReportFormat.JSON)
                .failOn(Optional.of(Severity.WARNING)).extra("inputRows", 5).extra("levels", Map.of("age", 2)).build(),
                warningsOnly));
        assertThat(atError.path("conforms").asBoolean()).isTrue();
        assertThat(atWarning.path("conforms").asBoolean()).isFalse();
        assertThat(atWarning.path("inputRows").asInt()).isEqualTo(5);
        assertThat(atWarning.path("levels").path("age").asInt()).isEqualTo(2);
        assertThatThrownBy(() -> ReportWriter.builder(ReportFormat.JSON).extra("findings", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Extra members come out in the order they were added (Map.copyOf ordered them differently per JVM run). */
    @Test
    void jsonExtraMembersKeepTheirOrder() throws IOException {
        ReportWriter.Builder b = ReportWriter.builder(ReportFormat.JSON);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            keys.add("member" + (char) ('z' - i));
            b.extra(keys.get(i), i);
        }
        JsonNode n = MAPPER.readTree(write(b.build(), Report.builder().build()));
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        assertThat(names.subList(names.size() - 20, names.size())).containsExactlyElementsOf(keys);
    }

    @Test
    void sarifGoldenAndStructure() throws IOException {
        String sarif = write(ReportWriter.of(ReportFormat.SARIF, Locale.ENGLISH), fixture());
        Golden.assertMatches("report/fixture.sarif", sarif);
        JsonNode n = MAPPER.readTree(sarif);
        assertThat(n.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = n.path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode results = run.path("results");
        assertThat(results).hasSize(3);
        for (JsonNode r : results) {
            int idx = r.path("ruleIndex").asInt();
            assertThat(rules.get(idx).path("id").asText()).isEqualTo(r.path("ruleId").asText());
            assertThat(r.path("level").asText()).isIn("error", "warning", "note");
            int artifact = r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("index").asInt();
            assertThat(run.path("artifacts").get(artifact).path("location").path("uri").asText())
                    .isEqualTo(r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
        }
        assertThat(results.get(0).path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt())
                .isEqualTo(14);
        assertThat(results.get(1).path("level").asText()).isEqualTo("warning");
        assertThat(rules.findValuesAsText("id")).contains("L3-02", "json.type");
    }

    @Test
    void junitGoldenAndStructure() throws Exception {
        String xml = write(ReportWriter.of(ReportFormat.JUNIT, Locale.ENGLISH), fixture());
        Golden.assertMatches("report/fixture.xml", xml);
        Document d = parse(xml);
        Element root = d.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        NodeList suites = d.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        // 4 rules (3 declared + json.type from a finding) per source
        assertThat(root.getAttribute("tests")).isEqualTo("8");
        // L1-08 fails in aed.csv, json.type fails in record.json; L3-05 is a warning: passes at fail-on error
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        assertThat(root.hasAttribute("skipped")).as("junit-10.xsd has no skipped on testsuites").isFalse();
        assertThat(((Element) suites.item(0)).getAttribute("skipped")).isEqualTo("1");
        assertThat(d.getElementsByTagName("failure").item(0).getTextContent()).contains("①号館").contains("row 13");
    }

    @Test
    void junitWarningsFailAtWarningThreshold() throws Exception {
        String xml = write(ReportWriter.builder(ReportFormat.JUNIT).failOn(Optional.of(Severity.WARNING)).build(), fixture());
        assertThat(parse(xml).getDocumentElement().getAttribute("failures")).isEqualTo("3");
        String never = write(ReportWriter.builder(ReportFormat.JUNIT).failOn(Optional.empty()).build(), fixture());
        assertThat(parse(never).getDocumentElement().getAttribute("failures")).isEqualTo("0");
    }

    @Test
    void junitSurvivesControlCharactersInValues() throws Exception {
        Report r = Report.builder()
                .add(Finding.builder("L1-08", Severity.ERROR).location(Location.cell("x\u0001.csv", 1, 1, 1, "a\u0000b"))
                        .args("\u0007").value("bad\u0000\uD800value]]>").build())
                .build();
        Document d = parse(write(ReportWriter.of(ReportFormat.JUNIT, Locale.ENGLISH), r));
        assertThat(d.getElementsByTagName("failure").item(0).getTextContent()).contains("bad\uFFFD\uFFFDvalue]]>");
    }

    @Test
    void emptyReportIsWellFormedEverywhere() throws Exception {
        for (ReportFormat f : ReportFormat.values()) {
            String s = write(ReportWriter.of(f, Locale.ENGLISH), Report.empty());
            assertThat(s).isNotBlank();
            if (f == ReportFormat.JUNIT) {
                assertThat(parse(s).getElementsByTagName("testcase").getLength()).isEqualTo(1);
            } else if (f != ReportFormat.TEXT) {
                MAPPER.readTree(s);
            }
        }
        assertThat(write(ReportWriter.of(ReportFormat.TEXT, Locale.ENGLISH), Report.empty())).contains("No findings.");
    }

    @Test
    void formatParse() {
        assertThat(ReportFormat.parse("SARIF")).hasValue(ReportFormat.SARIF);
        assertThat(ReportFormat.parse("pdf")).isEmpty();
    }

    // ------------------------------------------------------------ conformance to the consumers' schemas

    /** Reports that exercise every branch of the writers: locations of every kind, no sources, odd names. */
    static List<Report> variety() {
        Report odd = Report.builder()
                .source(SourceInfo.builder("data dir/件数 #1.csv").encoding("UTF-8").bom(true).rows(0).delimiter('\t').build())
                .add(Finding.builder("L1-03", Severity.ERROR).messageKey("L1-03.blank-row")
                        .location(Location.builder("data dir/件数 #1.csv").line(3).row(2).build()).args(3, 1).build())
                .add(Finding.builder("encoding-error", Severity.ERROR)
                        .location(Location.builder("data dir/件数 #1.csv").line(4).byteOffset(17).build()).args("FF").build())
                .add(Finding.builder("L1-12", Severity.ERROR)
                        .location(Location.builder("book.xlsx").sheet("Sheet 1").row(4).column(2).header("名称").build())
                        .build())
                .add(Finding.builder("L1-08", Severity.ERROR).location(Location.cell("x\u0001.csv", 1, 1, 1, "a\u0000b"))
                        .args("\u0007").value("bad\u0000\uD800value]]>").build())
                .build();
        return List.of(fixture(), unordered(), odd, Report.empty());
    }

    @Test
    void junitIsValidAgainstJenkinsXunitSchema() throws Exception {
        javax.xml.validation.Validator xsd = junitSchema().newValidator();
        for (Report r : variety()) {
            for (Optional<Severity> failOn : List.of(Optional.of(Severity.ERROR), Optional.of(Severity.WARNING),
                    Optional.<Severity>empty())) {
                String xml = write(ReportWriter.builder(ReportFormat.JUNIT).failOn(failOn).build(), r);
                xsd.validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml)));
            }
        }
    }

    @Test
    void junitSchemaRejectsSkippedOnTestsuites() throws Exception {
        String bad = "<testsuites name=\"x\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\"/>";
        assertThatThrownBy(() -> junitSchema().newValidator()
                .validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(bad))))
                .isInstanceOf(org.xml.sax.SAXException.class).hasMessageContaining("skipped");
    }

    @Test
    void junitHasOneTestcasePerSourceAndRuleNotPerFinding() throws Exception {
        Report many = Report.builder()
                .source(SourceInfo.of("a.csv"))
                .rule(RuleInfo.of("L1-08", Severity.ERROR))
                .add(Finding.builder("L1-08", Severity.ERROR).location(Location.cell("a.csv", 2, 1, 1, "名称")).build())
                .add(Finding.builder("L1-08", Severity.ERROR).location(Location.cell("a.csv", 3, 2, 1, "名称")).build())
                .add(Finding.builder("L1-08", Severity.ERROR).location(Location.cell("a.csv", 4, 3, 1, "名称")).build())
                .build();
        Document d = parse(write(ReportWriter.of(ReportFormat.JUNIT, Locale.ENGLISH), many));
        assertThat(d.getElementsByTagName("testcase").getLength()).isEqualTo(1);
        assertThat(d.getElementsByTagName("failure").item(0).getTextContent()).contains("a.csv:2", "a.csv:3", "a.csv:4");
    }

    @Test
    void sarifIsValidAgainstTheSarif210Schema() throws IOException {
        Schema sarif;
        try (InputStream in = ReportWritersTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            sarif = SchemaLoader.builder().schemaJson(new JSONObject(new JSONTokener(in))).build().load().build();
        }
        for (Report r : variety()) {
            String out = write(ReportWriter.of(ReportFormat.SARIF, Locale.JAPANESE), r);
            sarif.validate(new JSONObject(new JSONTokener(out)));
        }
        // the schema is not a rubber stamp: a result without a message is refused
        JSONObject broken = new JSONObject(new JSONTokener(write(ReportWriter.of(ReportFormat.SARIF, Locale.ENGLISH), fixture())));
        broken.getJSONArray("runs").getJSONObject(0).getJSONArray("results").getJSONObject(0).remove("message");
        assertThatThrownBy(() -> sarif.validate(broken)).isInstanceOf(ValidationException.class);
    }

    @Test
    void sarifRulesHaveNameShortDescriptionAndHelpUriAndResultsALocation() throws IOException {
        for (Report r : variety()) {
            JsonNode run = MAPPER.readTree(write(ReportWriter.of(ReportFormat.SARIF, Locale.ENGLISH), r)).path("runs").get(0);
            for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
                assertThat(rule.path("name").asText()).matches("[A-Z][A-Za-z0-9]*");
                assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
                assertThat(rule.path("helpUri").asText()).startsWith("https://");
            }
            for (JsonNode res : run.path("results")) {
                JsonNode phys = res.path("locations").get(0).path("physicalLocation");
                assertThat(phys.path("artifactLocation").path("uri").asText()).isNotEmpty();
                assertThat(res.path("partialFingerprints").path(SarifReportWriter.FINGERPRINT).asText()).hasSize(32);
            }
        }
        JsonNode rules = MAPPER.readTree(write(ReportWriter.of(ReportFormat.SARIF, Locale.ENGLISH), fixture()))
                .path("runs").get(0).path("tool").path("driver").path("rules");
        assertThat(rules.get(0).path("name").asText()).isEqualTo(SarifReportWriter.ruleName("L1-08",
                io.github.civicdata.core.Messages.get().title(RuleInfo.of("L1-08", Severity.ERROR)).en()));
        assertThat(SarifReportWriter.ruleName("csv.quote", "csv.quote")).isEqualTo("CsvQuote");
        assertThat(SarifReportWriter.ruleName("L1-08", "No platform-dependent characters"))
                .isEqualTo("NoPlatformDependentCharacters");
    }

    @Test
    void sarifFingerprintsDoNotDependOnOrderOrRunAndTellFindingsApart() throws IOException {
        Report r = fixture();
        List<Finding> reversed = new ArrayList<>(r.findings());
        java.util.Collections.reverse(reversed);
        Report.Builder b = Report.builder();
        r.sources().forEach(b::source);
        r.rules().forEach(b::rule);
        reversed.forEach(b::add);
        Map<String, String> first = fingerprintsByRule(write(ReportWriter.of(ReportFormat.SARIF, Locale.ENGLISH), r));
        Map<String, String> again = fingerprintsByRule(write(ReportWriter.of(ReportFormat.SARIF, Locale.JAPANESE), b.build()));
        assertThat(again).isEqualTo(first);
        assertThat(new java.util.HashSet<>(first.values())).hasSize(3);
        // two identical findings (same rule, place and value) still get different fingerprints
        Finding f = fixture().findings().get(0);
        List<String> twins = SarifReportWriter.fingerprints(List.of(f, f));
        assertThat(twins.get(0)).isNotEqualTo(twins.get(1));
    }

    private static Map<String, String> fingerprintsByRule(String sarif) throws IOException {
        Map<String, String> m = new java.util.TreeMap<>();
        for (JsonNode res : MAPPER.readTree(sarif).path("runs").get(0).path("results")) {
            m.put(res.path("ruleId").asText(), res.path("partialFingerprints").path(SarifReportWriter.FINGERPRINT).asText());
        }
        return m;
    }

    @Test
    void summaryCountsCellsAndRowsInEveryFormatAlsoWhenTruncated() throws IOException {
        Report.Builder b = Report.builder().maxFindings(2).source(SourceInfo.of("big.csv"));
        for (int row = 1; row <= 10; row++) {
            b.add(Finding.builder("L2-01", Severity.ERROR).location(Location.cell("big.csv", row + 1, row, 3, "金額")).build());
            b.add(Finding.builder("L1-06", Severity.WARNING).location(Location.cell("big.csv", row + 1, row, 3, "金額")).build());
        }
        b.add(Finding.builder("L1-03", Severity.ERROR).location(Location.row("big.csv", 5, 4)).build());
        // a summary finding standing for 290,000 more cells of one column
        for (int row = 11; row <= 290_010; row++) {
            b.countAffected(Severity.ERROR, Location.cell("big.csv", row + 1, row, 3, "金額"));
        }
        Report r = b.build();
        assertThat(r.truncated()).isTrue();
        assertThat(r.count(Severity.ERROR)).isEqualTo(11);
        assertThat(r.cells(Severity.ERROR)).isEqualTo(290_010);
        assertThat(r.rows(Severity.ERROR)).isEqualTo(290_010);
        assertThat(r.cells(Severity.WARNING)).isEqualTo(10);
        assertThat(r.cells()).isEqualTo(290_010);

        JsonNode json = MAPPER.readTree(write(ReportWriter.of(ReportFormat.JSON, Locale.ENGLISH), r));
        assertThat(json.path("summary").path("error").path("findings").asLong()).isEqualTo(11);
        assertThat(json.path("summary").path("error").path("cells").asLong()).isEqualTo(290_010);
        assertThat(json.path("summary").path("warning").path("rows").asLong()).isEqualTo(10);
        assertThat(json.path("summary").path("all").path("findings").asLong()).isEqualTo(21);
        JsonNode sarif = MAPPER.readTree(write(ReportWriter.of(ReportFormat.SARIF, Locale.ENGLISH), r));
        assertThat(sarif.path("runs").get(0).path("properties").path("summary").path("error").path("cells").asLong())
                .isEqualTo(290_010);
        assertThat(write(ReportWriter.of(ReportFormat.TEXT, Locale.ENGLISH), r))
                .contains("11 error(s)").contains("errors 290,010 cell(s) in 290,010 row(s)");
        assertThat(write(ReportWriter.of(ReportFormat.TEXT, Locale.JAPANESE), r)).contains("エラー 290,010 セル");
    }

    @Test
    void affectedCountsTolerateFindingsOutOfRowOrder() {
        Report.Builder b = Report.builder();
        // a validator emits held-back rows late; rows and cells are still counted once
        for (int row = 1; row <= 5000; row++) {
            b.add(Finding.builder("L2-01", Severity.ERROR).location(Location.cell("t.csv", row + 1, row, 1, "a")).build());
            if (row > 40) {
                int late = row - 40;
                b.add(Finding.builder("L1-06", Severity.ERROR).location(Location.cell("t.csv", late + 1, late, 1, "a")).build());
                b.add(Finding.builder("L1-08", Severity.ERROR).location(Location.cell("t.csv", late + 1, late, 2, "b")).build());
            }
        }
        b.add(Finding.builder("L1-08", Severity.ERROR).location(Location.builder("t.csv").column(2).header("b").build()).build());
        Report r = b.build();
        assertThat(r.rows(Severity.ERROR)).isEqualTo(5000);
        assertThat(r.cells(Severity.ERROR)).isEqualTo(5000 + 4960);
        Report merged = Report.builder().merge(r).merge(Report.builder()
                .add(Finding.builder("L2-01", Severity.INFO).location(Location.cell("u.csv", 2, 1, 1, "a")).build()).build())
                .build();
        assertThat(merged.cells(Severity.ERROR)).isEqualTo(9960);
        assertThat(merged.cells()).isEqualTo(9961);
    }

    static javax.xml.validation.Schema junitSchema() throws Exception {
        javax.xml.validation.SchemaFactory f = javax.xml.validation.SchemaFactory.newInstance(
                javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f.newSchema(ReportWritersTest.class.getResource("/schemas/junit-10.xsd"));
    }

    static Schema schema() throws IOException {
        try (InputStream in = ReportWriter.class.getResourceAsStream("report.schema.json")) {
            assertThat(in).as("schema is published in the jar").isNotNull();
            return SchemaLoader.load(new JSONObject(new JSONTokener(in)));
        }
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
