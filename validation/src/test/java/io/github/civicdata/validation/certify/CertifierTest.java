package io.github.civicdata.validation.certify;

import static io.github.civicdata.validation.certify.CertifyFixtures.AED_CLEAN;
import static io.github.civicdata.validation.certify.CertifyFixtures.AED_DEFECTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.testing.NuHtmlCheck;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertifierTest {

    static JsonNode json(Certificate c) throws Exception {
        byte[] b = c.toJson();
        CertificateSchema.assertValid(b);
        return StrictJson.MAPPER.readTree(b);
    }

    @Test
    void cleanAedExportWithAttestationsReachesLevelThreeAndVerifies() throws Exception {
        Certification c = CertifyFixtures.aed().build().certify(CertifyFixtures.subject(AED_CLEAN));
        JsonNode j = json(c.certificate());
        JsonNode s = j.get("subjects").get(0);
        assertThat(s.get("sha256").asText()).hasSize(64);
        assertThat(s.get("size").asLong()).isEqualTo(Files.size(AED_CLEAN));
        assertThat(s.get("format").asText()).isEqualTo("csv");
        assertThat(s.path("rules").path("L3-02").path("status").asText()).isEqualTo("attested");
        assertThat(s.path("rules").path("L1-12").path("status").asText()).isEqualTo("not-applicable");
        assertThat(j.get("template").get("id").asText()).isEqualTo("aed");
        assertThat(j.get("template").get("version").asText()).isEqualTo("2021-suisho");
        assertThat(j.get("issued").asText()).isEqualTo("2026-12-01T09:00:00Z");
        assertThat(c.certificate().level()).as(j.toPrettyString()).isEqualTo(s.get("level").asInt());
        Verification v = Verifier.builder().build().verify(c.certificate(), CertifyFixtures.files(AED_CLEAN));
        assertThat(v.discrepancies()).isEmpty();
        assertThat(v.valid()).isTrue();
    }

    @Test
    void withoutAttestationsManualRulesKeepLevelThreeOutOfReach() throws Exception {
        Certification c = Certifier.builder().build().certify(CertifyFixtures.subject(AED_CLEAN));
        JsonNode s = json(c.certificate()).get("subjects").get(0);
        assertThat(s.path("rules").path("L3-02").path("status").asText()).isEqualTo("not-attested");
        assertThat(c.certificate().level()).isLessThan(3);
        assertThat(c.certificate().templateVerdict()).isEqualTo("none");
    }

    @Test
    void theDefectiveExampleReachesNoLevelAndSaysWhichRulesFail() throws Exception {
        Certification c = CertifyFixtures.aed().build().certify(CertifyFixtures.subject(AED_DEFECTS));
        JsonNode s = json(c.certificate()).get("subjects").get(0);
        assertThat(c.certificate().level()).isZero();
        assertThat(s.path("encoding").asText()).isNotEmpty();
        assertThat(s.path("rules").path("L1-08").path("status").asText()).isEqualTo("fail");
        assertThat(s.path("rules").path("L1-08").path("findings").path("error").asLong()).isPositive();
        assertThat(Verifier.builder().build().verify(c.certificate(), CertifyFixtures.files(AED_DEFECTS)).valid()).isTrue();
    }

    @Test
    void aDisabledRuleOrLoweredSeverityCannotClaimItsLevelAndSaysSo() throws Exception {
        Certification base = CertifyFixtures.aed().build().certify(CertifyFixtures.subject(AED_CLEAN));
        Certification disabled = CertifyFixtures.aed().disable("L2-04").build().certify(CertifyFixtures.subject(AED_CLEAN));
        JsonNode j = json(disabled.certificate());
        assertThat(j.get("restrictions").get(0).get("rule").asText()).isEqualTo("L2-04");
        assertThat(j.get("restrictions").get(0).get("reason").asText()).isEqualTo("disabled");
        assertThat(j.get("restrictions").get(0).get("level").asInt()).isEqualTo(2);
        assertThat(disabled.certificate().level()).isLessThanOrEqualTo(1).isLessThanOrEqualTo(base.certificate().level());
        assertThat(j.get("subjects").get(0).path("rules").path("L2-04").path("status").asText()).isEqualTo("disabled");
        Certification lowered = CertifyFixtures.aed().severity("L1-08", Severity.WARNING).build()
                .certify(CertifyFixtures.subject(AED_CLEAN));
        JsonNode l = json(lowered.certificate());
        assertThat(l.get("restrictions").get(0).get("reason").asText()).isEqualTo("severity-lowered");
        assertThat(lowered.certificate().level()).isZero();
        Certification variant = CertifyFixtures.aed().disable("blank-row").build().certify(CertifyFixtures.subject(AED_CLEAN));
        assertThat(json(variant.certificate()).get("restrictions").get(0).get("reason").asText()).isEqualTo("variant-disabled");
        assertThat(variant.certificate().level()).isZero();
        // raising a severity is stricter, not a restriction
        Certification raised = CertifyFixtures.aed().severity("L2-04", Severity.ERROR).build()
                .certify(CertifyFixtures.subject(AED_CLEAN));
        assertThat(json(raised.certificate()).get("restrictions")).isEmpty();
        assertThat(disabled.summary().notes()).extracting(n -> n.en()).anyMatch(n -> n.contains("L2-04 was disabled"));
        for (Certification x : List.of(disabled, lowered, variant, raised)) {
            assertThat(Verifier.builder().build().verify(x.certificate(), CertifyFixtures.files(AED_CLEAN)).discrepancies())
                    .isEmpty();
        }
    }

    @Test
    void aFileOfATwoFileDatasetIsIncompleteForItsTemplateBecauseTheKeysAreNotJoined(@TempDir Path dir)
            throws Exception {
        // certification validates each file alone: the 施設_ID keys of 投票所一覧 are never looked up in
        // the shared 施設 file, so its template verdict cannot be "conforms"
        io.github.civicdata.vocab.DatasetTemplate t = io.github.civicdata.vocab.Vocabulary.standard()
                .template("polling-place", "2024-observed").orElseThrow();
        List<String> row = t.headers().stream().map(h -> h.equals("施設_ID") ? "F1" : "").toList();
        Path f = dir.resolve("polling.csv");
        Files.writeString(f, String.join(",", t.headers()) + "\r\n" + String.join(",", row) + "\r\n",
                StandardCharsets.UTF_8);
        Certification c = Certifier.builder().template("polling-place@2024-observed").build()
                .certify(CertifyFixtures.subject(f));
        JsonNode s = json(c.certificate()).get("subjects").get(0);
        assertThat(s.path("rules").path("foreign-key").path("findings").path("info").asLong()).isOne();
        assertThat(s.path("rules").path("foreign-key").has("level")).isFalse();
        assertThat(s.path("template").asText()).as(s.toPrettyString()).isEqualTo("incomplete");
        assertThat(c.certificate().templateVerdict()).isEqualTo("incomplete");
        // the workbook-only rules do not apply to a CSV file
        assertThat(s.path("rules").path("xlsx.malformed").path("status").asText()).isEqualTo("not-applicable");
        assertThat(s.path("rules").path("limit.xlsx-part-time").path("status").asText()).isEqualTo("not-applicable");
        assertThat(Verifier.builder().build().verify(c.certificate(), CertifyFixtures.files(f)).valid()).isTrue();
    }

    @Test
    void batchCertifiesAFolderIntoOneCertificate(@TempDir Path dir) throws Exception {
        Path a = CertifyFixtures.copy(AED_CLEAN, dir);
        Path b = CertifyFixtures.copy(AED_DEFECTS, dir);
        Certification c = CertifyFixtures.aed().build().certify(List.of(new Certifier.Subject("aed_clean.csv", a),
                new Certifier.Subject("aed_defects_sjis.csv", b)));
        JsonNode j = json(c.certificate());
        assertThat(c.certificate().subjects()).containsExactly("aed_clean.csv", "aed_defects_sjis.csv");
        assertThat(j.get("level").asInt()).isEqualTo(Math.min(j.get("subjects").get(0).get("level").asInt(),
                j.get("subjects").get(1).get("level").asInt()));
        assertThat(c.report().sources()).hasSize(2);
        assertThat(Verifier.builder().build().verify(c.certificate(), CertifyFixtures.files(a, b)).valid()).isTrue();
    }

    @Test
    void everyShippedExampleDataFileRoundTrips(@TempDir Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(CertifyFixtures.EXAMPLES)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        SigningKey key = Keys.generate("テスト");
        for (Path f : files) {
            Certification c = Certifier.builder().attestations(CertifyFixtures.attestations()).sign(key)
                    .clock(CertifyFixtures.CLOCK).build().certify(CertifyFixtures.subject(f));
            byte[] written = c.certificate().toJson();
            CertificateSchema.assertValid(written);
            Certificate back = Certificate.parse(written);
            Verification v = Verifier.builder().trustedKey(key.publicKey()).build().verify(back,
                    Map.of(f.getFileName().toString(), f));
            assertThat(v.discrepancies()).as(f.toString()).isEmpty();
            assertThat(v.keyTrusted()).isTrue();
        }
    }

    @Test
    void metadataRecordClaimsAreCheckedAgainstTheFile() throws Exception {
        long size = Files.size(AED_CLEAN);
        String sha = Certifier.Digest.of(AED_CLEAN).sha256();
        RecordClaims agrees = new RecordClaims("aobadai-aed", Optional.empty(), List.of("aed@2021-suisho"),
                List.of(new RecordClaims.Distribution(Optional.of("aed_clean.csv"), OptionalLong.of(size),
                        Optional.of("SHA-256"), Optional.of(sha), Optional.of("UTF-8"), Optional.empty())));
        Certification ok = CertifyFixtures.aed().record(agrees).build().certify(CertifyFixtures.subject(AED_CLEAN));
        JsonNode m = json(ok.certificate()).get("metadata");
        assertThat(m.get("disagreements")).as(m.toString()).isEmpty();
        assertThat(ok.certificate().metadataAgrees()).hasValue(true);
        RecordClaims wrong = new RecordClaims("aobadai-aed", Optional.empty(), List.of("aed@2099"),
                List.of(new RecordClaims.Distribution(Optional.of("aed_clean.csv"), OptionalLong.of(size + 1),
                        Optional.of("SHA-256"), Optional.of("0".repeat(64)), Optional.of("Shift_JIS"), Optional.of(true))));
        Certification bad = CertifyFixtures.aed().record(wrong).build().certify(CertifyFixtures.subject(AED_CLEAN));
        JsonNode d = json(bad.certificate()).get("metadata").get("disagreements");
        assertThat(d.findValuesAsText("field")).contains("conformsTo", "byteSize", "checksum", "characterEncoding");
        assertThat(bad.certificate().metadataAgrees()).hasValue(false);
        Verification v = Verifier.builder().record(wrong).build().verify(bad.certificate(), CertifyFixtures.files(AED_CLEAN));
        assertThat(v.metadataChecked()).isTrue();
        assertThat(v.discrepancies()).isEmpty();
        Verification changed = Verifier.builder().record(agrees).build().verify(bad.certificate(),
                CertifyFixtures.files(AED_CLEAN));
        assertThat(changed.discrepancies()).extracting(Discrepancy::kind).containsExactly(Discrepancy.Kind.METADATA);
    }

    @Test
    void attestationsAreCheckedWhenRead() {
        assertThatThrownBy(() -> Attestation.read("{\"attestations\":[{\"rule\":\"L1-08\",\"by\":\"a\",\"checked\":\"b\"}]}"
                .getBytes(StandardCharsets.UTF_8), "attest.json")).isInstanceOf(CertificationException.class)
                .hasMessageContaining("L1-08 is checked automatically");
        assertThatThrownBy(() -> Attestation.read("{\"attestations\":[{\"rule\":\"L3-02\",\"by\":\"a\",\"by\":\"b\"}]}"
                .getBytes(StandardCharsets.UTF_8), "attest.json")).isInstanceOf(CertificationException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> Attestation.read("{\"attestations\":[{\"rule\":\"L3-02\",\"by\":\" \",\"checked\":\"b\"}]}"
                .getBytes(StandardCharsets.UTF_8), "attest.json")).isInstanceOf(CertificationException.class);
        assertThatThrownBy(() -> Attestation.read("{\"attestations\":[{\"rule\":\"L3-02\",\"by\":\"a\",\"checked\":\"b\",\"x\":1}]}"
                .getBytes(StandardCharsets.UTF_8), "attest.json")).isInstanceOf(CertificationException.class)
                .hasMessageContaining("/attestations/0/x");
        assertThatThrownBy(() -> CertifyFixtures.aed().attestations(List.of(new Attestation("L3-02", "a", "b",
                Optional.empty(), List.of("other.csv")))).build().certify(CertifyFixtures.subject(AED_CLEAN)))
                .isInstanceOf(CertificationException.class).hasMessageContaining("other.csv");
        assertThat(Attestation.read("{\"attestations\":[{\"rule\":\"1-9\",\"by\":\"a\",\"checked\":\"b\"}]}"
                .getBytes(StandardCharsets.UTF_8), "attest.json").get(0).rule()).isEqualTo("L3-04");
    }

    @Test
    void htmlReportOfACertificationPassesTheNuChecker() throws Exception {
        Certification c = CertifyFixtures.aed().profileColumns(true).sign(Keys.generate("<vendor>"))
                .build().certify(CertifyFixtures.subject(AED_DEFECTS));
        CertificateSchema.assertValid(c.certificate().toJson());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.builder(ReportFormat.HTML).locale(Locale.JAPANESE).certification(c.summary()).build()
                .write(c.report(), out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertThat(NuHtmlCheck.errors(html)).isEmpty();
        assertThat(html).contains("id=\"profile\"").contains("id=\"certificate\"").contains("&lt;vendor&gt;");
        assertThat(c.report().tables()).hasSize(1);
        assertThat(c.report().tables().get(0).columns().get(4).templateColumn()).hasValue("名称");
    }
}
