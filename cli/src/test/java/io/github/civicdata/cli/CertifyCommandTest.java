package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.validation.certify.Certifier;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertifyCommandTest {

    static final Path EXAMPLES = Path.of("..", "examples", "data");
    static final Path AED = EXAMPLES.resolve("validation/aed_clean.csv");
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String ATTEST = """
            {"attestations": [
              {"rule": "L3-02", "by": "山田太郎", "checked": "コード表を別添した"},
              {"rule": "L3-04", "by": "山田太郎", "checked": "単位を定義書に記載した"},
              {"rule": "L3-07", "by": "山田太郎", "checked": "前年と同じ形式"},
              {"rule": "L3-08", "by": "山田太郎", "checked": "定義書と更新履歴を公開した"}
            ]}
            """;

    @TempDir
    Path dir;
    Path key;
    Path pub;
    Path attest;

    @BeforeEach
    void keysAndAttestations() throws Exception {
        key = dir.resolve("vendor.key.pem");
        pub = dir.resolve("vendor.pub.pem");
        CliRun.Result k = CliRun.run("keygen", "-o", key.toString(), "--subject", "株式会社サンプル");
        assertThat(k.code()).as(k.err()).isZero();
        attest = Files.writeString(dir.resolve("attest.json"), ATTEST);
    }

    static void assertSchemaValid(Path cert) throws Exception {
        Schema schema;
        try (InputStream in = Certifier.class.getResourceAsStream("certificate.schema.json")) {
            schema = SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(new JSONTokener(in))).build()
                    .load().build();
        }
        try {
            schema.validate(new JSONObject(Files.readString(cert)));
        } catch (ValidationException e) {
            assertThat(e.getAllMessages()).as(cert.toString()).isEmpty();
        }
    }

    CliRun.Result certify(Path cert, String... more) {
        List<String> a = new ArrayList<>(List.of("certify", "--attest", attest.toString(), "--sign", key.toString(),
                "-o", cert.toString()));
        a.addAll(List.of(more));
        return CliRun.run(a.toArray(String[]::new));
    }

    @Test
    void keygenWritesAPairTheOwnerAloneCanReadAndNeverOverwritesByAccident() throws Exception {
        assertThat(Files.readString(key)).startsWith("Subject: 株式会社サンプル\n-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(pub)).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        String before = Files.readString(key);
        CliRun.Result again = CliRun.run("keygen", "-o", key.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("--force");
        assertThat(Files.readString(key)).isEqualTo(before);
        assertThat(CliRun.run("keygen", "-o", key.toString(), "--force").code()).isZero();
        assertThat(Files.readString(key)).isNotEqualTo(before);
    }

    @Test
    void everyShippedExampleFileCertifiesAndVerifies() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(EXAMPLES)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            Path cert = dir.resolve(f.getFileName() + ".cert.json");
            CliRun.Result c = certify(cert, f.toString(), "--require-level", "0");
            assertThat(c.code()).as(f + c.err()).isZero();
            assertSchemaValid(cert);
            CliRun.Result v = CliRun.run("certify", "verify", cert.toString(), f.toString(), "--public-key", pub.toString());
            assertThat(v.code()).as(f + v.out() + v.err()).isZero();
            assertThat(v.out()).contains("Valid:").contains("Signed by the trusted key");
        }
    }

    @Test
    void vendorCommandsFromTheReadme() throws Exception {
        Path delivery = Files.createDirectories(dir.resolve("delivery"));
        Files.copy(AED, delivery.resolve("aed.csv"));
        Path cert = delivery.resolve("cert.json");
        Path html = delivery.resolve("report.html");
        CliRun.Result c = certify(cert, delivery.resolve("aed.csv").toString(), "--template", "aed@2021-suisho",
                "--html", html.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.err()).contains("level 3");
        assertSchemaValid(cert);
        assertThat(NuHtmlCheck.errors(Files.readString(html))).isEmpty();
        // without FILE the certified files are looked for beside the certificate
        CliRun.Result v = CliRun.run("certify", "verify", cert.toString(), "--public-key", pub.toString(), "--lang", "ja");
        assertThat(v.code()).as(v.out()).isZero();
        assertThat(v.out()).contains("有効");
        // one changed byte: exit 1 naming the file
        byte[] b = Files.readAllBytes(delivery.resolve("aed.csv"));
        b[b.length - 3] = (byte) (b[b.length - 3] == '1' ? '2' : '1');
        Files.write(delivery.resolve("aed.csv"), b);
        CliRun.Result changed = CliRun.run("certify", "verify", cert.toString(), "--public-key", pub.toString());
        assertThat(changed.code()).isEqualTo(1);
        assertThat(changed.out()).contains("file-changed: The file aed.csv changed").contains("Not valid");
    }

    @Test
    void editedCertificatesAreCaught() throws Exception {
        Path cert = dir.resolve("cert.json");
        assertThat(certify(cert, AED.toString(), "--template", "aed@2021-suisho").code()).isZero();
        assertSchemaValid(cert);
        ObjectNode orig = (ObjectNode) MAPPER.readTree(cert.toFile());
        record Case(String kind, java.util.function.Consumer<ObjectNode> edit) {
        }
        List<Case> cases = List.of(
                new Case("signature-invalid", n -> n.put("level", 2)),
                new Case("tool-version", n -> ((ObjectNode) n.get("tool")).put("version", "0.0.1")),
                new Case("template-unknown", n -> ((ObjectNode) n.get("template")).put("version", "1999")),
                new Case("rule-verdict", n -> ((ArrayNode) n.get("attestations")).remove(0)),
                new Case("signature-invalid", n -> ((ObjectNode) n.get("signature")).put("value",
                        "A" + n.get("signature").get("value").asText().substring(1))));
        for (Case k : cases) {
            ObjectNode n = orig.deepCopy();
            k.edit().accept(n);
            Path t = dir.resolve("tampered.json");
            Files.writeString(t, n.toPrettyString());
            CliRun.Result v = CliRun.run("certify", "verify", t.toString(), AED.toString(), "--public-key", pub.toString());
            assertThat(v.code()).as(k.kind()).isEqualTo(1);
            assertThat(v.out()).as(k.kind()).contains(k.kind() + ":");
        }
        // another vendor's key
        Path other = dir.resolve("other.key.pem");
        CliRun.run("keygen", "-o", other.toString());
        CliRun.Result v = CliRun.run("certify", "verify", cert.toString(), AED.toString(), "--public-key",
                dir.resolve("other.pub.pem").toString());
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out()).contains("key-not-trusted:");
        // not a certificate at all, and a missing one
        Path junk = Files.writeString(dir.resolve("junk.json"), "{\"a\":1,\"a\":2}");
        assertThat(CliRun.run("certify", "verify", junk.toString()).code()).isEqualTo(1);
        assertThat(CliRun.run("certify", "verify", dir.resolve("none.json").toString()).code()).isEqualTo(3);
    }

    @Test
    void batchCertifiesAFolderWithNamesInsideIt() throws Exception {
        Path exports = Files.createDirectories(dir.resolve("exports/sub"));
        Files.copy(AED, dir.resolve("exports/aed.csv"));
        Files.copy(EXAMPLES.resolve("validation/aed_defects_sjis.csv"), exports.resolve("aed_defects_sjis.csv"));
        Path cert = dir.resolve("cert.json");
        CliRun.Result c = certify(cert, dir.resolve("exports").toString(), "--template", "aed@2021-suisho");
        assertThat(c.code()).as("below level 1: exit 1, certificate written").isEqualTo(1);
        assertThat(c.err()).contains("--require-level");
        JsonNode j = MAPPER.readTree(cert.toFile());
        assertThat(j.get("subjects").findValuesAsText("name")).containsExactly("aed.csv", "sub/aed_defects_sjis.csv");
        assertSchemaValid(cert);
        CliRun.Result v = CliRun.run("certify", "verify", cert.toString(), dir.resolve("exports").toString(),
                "--public-key", pub.toString());
        assertThat(v.code()).as(v.out()).isZero();
    }

    @Test
    void metadataRecordThatDisagreesIsExitOne() throws Exception {
        Path cert = dir.resolve("cert.json");
        CliRun.Result c = certify(cert, AED.toString(), "--template", "aed@2021-suisho", "--metadata",
                EXAMPLES.resolve("catalog/07-aed.json").toString());
        assertThat(c.code()).isEqualTo(1);
        assertThat(c.err()).contains("disagrees");
        assertSchemaValid(cert);
        JsonNode m = MAPPER.readTree(cert.toFile()).get("metadata");
        assertThat(m.get("identifier").asText()).isEqualTo("aobadai-aed");
        assertThat(m.get("disagreements").findValuesAsText("field")).contains("byteSize", "bom");
        CliRun.Result v = CliRun.run("certify", "verify", cert.toString(), AED.toString(), "--metadata",
                EXAMPLES.resolve("catalog/07-aed.json").toString());
        assertThat(v.code()).as(v.out()).isZero();
    }

    @Test
    void aDisabledRuleKeepsItsLevelOutOfReachAndSaysSo() throws Exception {
        Path cert = dir.resolve("cert.json");
        CliRun.Result c = certify(cert, AED.toString(), "--template", "aed@2021-suisho", "--disable", "L2-04",
                "--require-level", "2");
        assertThat(c.code()).isEqualTo(1);
        assertThat(c.err()).contains("Rule L2-04 was disabled: no file can claim level 2 or above")
                .contains("level 1 for 1 file(s)");
        assertSchemaValid(cert);
        JsonNode j = MAPPER.readTree(cert.toFile());
        assertThat(j.get("options").get("disabled").get(0).asText()).isEqualTo("L2-04");
        CliRun.Result v = CliRun.run("certify", "verify", cert.toString(), AED.toString());
        assertThat(v.code()).as(v.out()).isZero();
        assertThat(v.out()).contains("Signed by key").contains("not compared with a trusted key");
    }

    @Test
    void usageErrorsAreExitTwo() throws Exception {
        assertThat(CliRun.run("certify", AED.toString()).code()).isEqualTo(2);
        assertThat(CliRun.run("certify").code()).isEqualTo(2);
        assertThat(certify(dir.resolve("c.json"), AED.toString(), "--template", "nope").code()).isEqualTo(2);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"attestations\":[{\"rule\":\"L1-08\",\"by\":\"a\",\"checked\":\"b\"}]}");
        CliRun.Result r = CliRun.run("certify", AED.toString(), "-o", dir.resolve("c.json").toString(), "--attest", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("L1-08").contains("自動");
        assertThat(Files.exists(dir.resolve("c.json"))).isFalse();
        assertThat(CliRun.run("certify", dir.resolve("none.csv").toString(), "-o", dir.resolve("c.json").toString()).code())
                .isEqualTo(3);
        Path notKey = Files.writeString(dir.resolve("k.pem"), "hello");
        assertThat(CliRun.run("certify", AED.toString(), "-o", dir.resolve("c.json").toString(), "--sign", notKey.toString())
                .code()).isEqualTo(2);
    }

    @Test
    void validateWritesAnHtmlReportThatEscapesEveryValue() throws Exception {
        Path csv = Files.writeString(dir.resolve("x.csv"),
                "名称,備考\n\"<script>alert(1)</script>\",\"\"\" onmouseover=\"\"alert(2)\"\n①,b\n", StandardCharsets.UTF_8);
        Path html = dir.resolve("x.html");
        CliRun.Result r = CliRun.run("validate", csv.toString(), "--format", "html", "-o", html.toString(), "--fail-on",
                "never");
        assertThat(r.code()).as(r.err()).isZero();
        String s = Files.readString(html);
        assertThat(NuHtmlCheck.errors(s)).isEmpty();
        assertThat(s).doesNotContain("<script>alert").doesNotContain("\" onmouseover=\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("id=\"profile\"");
        CliRun.Result example = CliRun.run("validate", EXAMPLES.resolve("validation/aed_defects_sjis.csv").toString(),
                "--format", "html", "--fail-on", "never", "--lang", "ja");
        assertThat(NuHtmlCheck.errors(example.out())).isEmpty();
        assertThat(example.out()).contains("<html lang=\"ja\">").contains("L1-08");
    }
}
