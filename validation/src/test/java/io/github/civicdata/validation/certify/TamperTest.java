package io.github.civicdata.validation.certify;

import static io.github.civicdata.validation.certify.CertifyFixtures.AED_CLEAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.civicdata.validation.certify.Discrepancy.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way of tampering with a delivery is caught and named: a changed byte of a file, a changed
 * template version, a removed attestation, an edit of any certificate field, a bad signature, an
 * unknown tool version, another signing key, a missing or extra file.
 */
class TamperTest {

    static final SigningKey KEY = Keys.generate("株式会社サンプル");

    static Certificate certificate(boolean signed) {
        Certifier.Builder b = CertifyFixtures.aed();
        if (signed) {
            b.sign(KEY);
        }
        Certificate c = b.build().certify(CertifyFixtures.subject(AED_CLEAN)).certificate();
        CertificateSchema.assertValid(c.toJson());
        return c;
    }

    static Certificate edit(Certificate c, Consumer<ObjectNode> change) {
        ObjectNode n = c.node();
        change.accept(n);
        return new Certificate(n);
    }

    static List<Kind> kinds(Verification v) {
        return v.discrepancies().stream().map(Discrepancy::kind).toList();
    }

    static Verification verify(Certificate c, Map<String, Path> files) {
        Verification v = Verifier.builder().trustedKey(KEY.publicKey()).build().verify(c, files);
        for (Discrepancy d : v.discrepancies()) {
            assertThat(d.message().en()).doesNotContainPattern("\\{\\d").isNotBlank();
            assertThat(d.message().ja()).doesNotContainPattern("\\{\\d").isNotBlank();
        }
        return v;
    }

    @Test
    void untouchedDeliveryVerifies() {
        Verification v = verify(certificate(true), CertifyFixtures.files(AED_CLEAN));
        assertThat(v.discrepancies()).isEmpty();
        assertThat(v.signed()).isTrue();
        assertThat(v.keyTrusted()).isTrue();
        assertThat(v.keyId()).hasValue(KEY.keyId());
    }

    @Test
    void aChangedByteOfTheFileIsNamed(@TempDir Path dir) throws Exception {
        Path f = CertifyFixtures.copy(AED_CLEAN, dir);
        Certificate c = certificate(true);
        byte[] b = Files.readAllBytes(f);
        int i = new String(b, java.nio.charset.StandardCharsets.UTF_8).indexOf("みどり台") + 3; // inside a name
        b[i] ^= 0x01;
        Files.write(f, b);
        Verification v = verify(c, CertifyFixtures.files(f));
        assertThat(v.discrepancies()).filteredOn(d -> d.kind() == Kind.FILE_CHANGED)
                .singleElement().satisfies(d -> {
                    assertThat(d.subject()).hasValue("aed_clean.csv");
                    assertThat(d.recorded()).startsWith("sha256 ");
                    assertThat(d.message().en()).contains("aed_clean.csv changed");
                });
        // the flipped byte changes a character of a name: the new validation's verdict differs, rule by rule
        assertThat(v.discrepancies()).filteredOn(d -> d.kind() == Kind.RULE_VERDICT)
                .allSatisfy(d -> assertThat(d.message().en()).contains("on file aed_clean.csv"))
                .extracting(d -> d.rule().orElseThrow()).isNotEmpty();
    }

    @Test
    void aChangedTemplateVersionIsNamed() {
        Certificate unknown = edit(certificate(false), n -> ((ObjectNode) n.get("template")).put("version", "2026-08"));
        assertThat(kinds(verify(unknown, CertifyFixtures.files(AED_CLEAN)))).contains(Kind.TEMPLATE_UNKNOWN);
        // another version that exists: its definition's hash differs from the one recorded
        Certificate other = Certifier.builder().template("public-toilet@2021-suisho").build()
                .certify(CertifyFixtures.subject(AED_CLEAN)).certificate();
        CertificateSchema.assertValid(other.toJson());
        Certificate moved = edit(other, n -> ((ObjectNode) n.get("template")).put("version", "2026-08"));
        Verification v = verify(moved, CertifyFixtures.files(AED_CLEAN));
        assertThat(kinds(v)).contains(Kind.TEMPLATE_CHANGED);
        // signed: the signature catches it too
        Certificate signed = edit(certificate(true), n -> ((ObjectNode) n.get("template")).put("version", "2026-08"));
        assertThat(kinds(verify(signed, CertifyFixtures.files(AED_CLEAN)))).contains(Kind.SIGNATURE_INVALID,
                Kind.TEMPLATE_UNKNOWN);
    }

    @Test
    void aRemovedAttestationIsNamed() {
        Certificate c = certificate(false);
        assertThat(c.level()).isEqualTo(3);
        Certificate removed = edit(c, n -> {
            ArrayNode a = (ArrayNode) n.get("attestations");
            for (int i = 0; i < a.size(); i++) {
                if ("L3-02".equals(a.get(i).get("rule").asText())) {
                    a.remove(i);
                }
            }
        });
        Verification v = verify(removed, CertifyFixtures.files(AED_CLEAN));
        assertThat(v.discrepancies()).filteredOn(d -> d.kind() == Kind.RULE_VERDICT).singleElement()
                .satisfies(d -> {
                    assertThat(d.rule()).hasValue("L3-02");
                    assertThat(d.recorded()).startsWith("attested");
                    assertThat(d.found()).startsWith("not-attested");
                });
        assertThat(kinds(v)).contains(Kind.LEVEL, Kind.SIGNATURE_MISSING);
    }

    @Test
    void aBadSignatureIsNamed() {
        Certificate c = edit(certificate(true), n -> {
            byte[] sig = Base64.getDecoder().decode(n.get("signature").get("value").asText());
            sig[10] ^= 1;
            ((ObjectNode) n.get("signature")).put("value", Base64.getEncoder().encodeToString(sig));
        });
        assertThat(kinds(verify(c, CertifyFixtures.files(AED_CLEAN)))).containsExactly(Kind.SIGNATURE_INVALID);
        Certificate garbage = edit(certificate(true), n -> ((ObjectNode) n.get("signature")).put("value", "%%%"));
        assertThat(kinds(verify(garbage, CertifyFixtures.files(AED_CLEAN)))).containsExactly(Kind.SIGNATURE_INVALID);
    }

    @Test
    void anotherKeyOrNoSignatureIsNamedWhenAKeyIsTrusted() {
        Certificate byOther = CertifyFixtures.aed().sign(Keys.generate(null)).build()
                .certify(CertifyFixtures.subject(AED_CLEAN)).certificate();
        CertificateSchema.assertValid(byOther.toJson());
        assertThat(kinds(verify(byOther, CertifyFixtures.files(AED_CLEAN)))).containsExactly(Kind.KEY_NOT_TRUSTED);
        assertThat(kinds(verify(certificate(false), CertifyFixtures.files(AED_CLEAN))))
                .containsExactly(Kind.SIGNATURE_MISSING);
        // without a trusted key, a valid signature by any key is only reported as such
        Verification v = Verifier.builder().build().verify(byOther, CertifyFixtures.files(AED_CLEAN));
        assertThat(v.valid()).isTrue();
        assertThat(v.keyTrusted()).isFalse();
    }

    @Test
    void anUnknownToolVersionIsNamed() {
        Certificate c = edit(certificate(false), n -> ((ObjectNode) n.get("tool")).put("version", "9.9.9"));
        Verification v = Verifier.builder().build().verify(c, CertifyFixtures.files(AED_CLEAN));
        assertThat(kinds(v)).containsExactly(Kind.TOOL_VERSION);
        assertThat(v.discrepancies().get(0).message().en()).contains("civicdata 9.9.9");
    }

    @Test
    void aMissingOrExtraFileIsNamed(@TempDir Path dir) throws Exception {
        Certificate c = certificate(true);
        assertThat(kinds(verify(c, Map.of()))).contains(Kind.FILE_MISSING);
        Path extra = Files.writeString(dir.resolve("extra.csv"), "a,b\n1,2\n");
        Map<String, Path> files = new java.util.LinkedHashMap<>(CertifyFixtures.files(AED_CLEAN));
        files.put("extra.csv", extra);
        assertThat(kinds(verify(c, files))).containsExactly(Kind.FILE_NOT_CERTIFIED);
    }

    @Test
    void editedOptionsThatChangeTheVerdictAreNamed() {
        Certificate shorter = edit(certificate(false), n -> ((ObjectNode) n.get("options")).put("maxFieldLength", 3));
        Verification v = Verifier.builder().build().verify(shorter, CertifyFixtures.files(AED_CLEAN));
        assertThat(v.discrepancies()).filteredOn(d -> d.kind() == Kind.RULE_VERDICT)
                .extracting(d -> d.rule().orElseThrow()).contains("limit.field-length");
        Certificate disabled = edit(certificate(false), n -> ((ArrayNode) n.get("options").get("disabled")).add("L1-08"));
        assertThat(kinds(Verifier.builder().build().verify(disabled, CertifyFixtures.files(AED_CLEAN))))
                .contains(Kind.RESTRICTIONS, Kind.RULE_VERDICT, Kind.LEVEL);
        Certificate unusable = edit(certificate(false), n -> ((ObjectNode) n.get("options").get("severities"))
                .put("nope", "error"));
        assertThat(kinds(Verifier.builder().build().verify(unusable, CertifyFixtures.files(AED_CLEAN))))
                .contains(Kind.OPTIONS_INVALID);
    }

    /** Every leaf of a signed certificate, edited, breaks the signature. */
    @Test
    void everyFieldEditedInASignedCertificateBreaksTheSignature() {
        Certificate c = certificate(true);
        List<String> leaves = leaves(c.node(), "");
        assertThat(leaves).hasSizeGreaterThan(300);
        for (String pointer : leaves) {
            if (pointer.startsWith("/signature/")) {
                continue;
            }
            Certificate t = edit(c, n -> mutate(n, pointer));
            assertThat(kinds(verify(t, CertifyFixtures.files(AED_CLEAN)))).as(pointer).contains(Kind.SIGNATURE_INVALID);
        }
    }

    /**
     * Fields that only a signature can protect: who, when, the record's identity, what people wrote,
     * and options whose edited value gives the same verdict on this file (the edited certificate is
     * then still true of the file: verification reproduces it).
     */
    static final Set<String> ONLY_SIGNED = Set.of("/id", "/issued", "/issuer", "/metadata/identifier",
            "/options/maxFindingsPerColumn", "/options/maxFieldLength", "/options/maxLineLength", "/options/maxColumns",
            "/options/maxUniqueValues", "/options/detectTemplate");

    /** Every derived field of an unsigned certificate, edited, is named by its own kind of discrepancy. */
    @Test
    void everyDerivedFieldEditedInAnUnsignedCertificateIsNamed() {
        Certificate c = certificate(false);
        int checked = 0;
        for (String pointer : leaves(c.node(), "")) {
            if (ONLY_SIGNED.contains(pointer) || pointer.matches("/attestations/\\d+/(by|checked|note)")) {
                continue;
            }
            Certificate t = edit(c, n -> mutate(n, pointer));
            Verification v = Verifier.builder().build().verify(t, CertifyFixtures.files(AED_CLEAN));
            assertThat(v.discrepancies()).as(pointer).isNotEmpty();
            Kind expected = expectedKind(pointer);
            if (expected != null) {
                assertThat(kinds(v)).as(pointer).contains(expected);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(300);
    }

    static Kind expectedKind(String p) {
        if (p.matches("/subjects/\\d+/(size|sha256)")) {
            return Kind.FILE_CHANGED;
        }
        if (p.matches("/subjects/\\d+/(format|encoding|bom|delimiter|rows)")) {
            return Kind.SOURCE_CHANGED;
        }
        if (p.matches("/subjects/\\d+/rules/.*")) {
            return Kind.RULE_VERDICT;
        }
        if (p.matches("(/subjects/\\d+)?/level")) {
            return Kind.LEVEL;
        }
        if (p.matches("/subjects/\\d+/template|/templateVerdict")) {
            return Kind.TEMPLATE_VERDICT;
        }
        if (p.matches("(/subjects/\\d+)?/summary/.*")) {
            return Kind.SUMMARY;
        }
        if (p.startsWith("/tool/")) {
            return Kind.TOOL_VERSION;
        }
        if (p.startsWith("/ruleSet/")) {
            return Kind.RULE_SET_CHANGED;
        }
        if (p.startsWith("/options/")) {
            return null; // either unusable (OPTIONS_INVALID) or another verdict (RULE_VERDICT …)
        }
        return null;
    }

    static List<String> leaves(JsonNode n, String pointer) {
        List<String> out = new ArrayList<>();
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.addAll(leaves(e.getValue(), pointer + "/" + e.getKey()));
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                out.addAll(leaves(n.get(i), pointer + "/" + i));
            }
        } else {
            out.add(pointer);
        }
        return out;
    }

    static void mutate(ObjectNode root, String pointer) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String name = pointer.substring(cut + 1);
        JsonNode old = root.at(pointer);
        JsonNode now = old.isTextual() ? TextNode.valueOf(old.asText() + "x") : old.isBoolean()
                ? BooleanNode.valueOf(!old.asBoolean()) : IntNode.valueOf(old.asInt() + 1);
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(name), now);
        } else {
            ((ObjectNode) parent).set(name, now);
        }
    }
}
