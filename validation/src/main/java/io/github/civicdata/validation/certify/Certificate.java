package io.github.civicdata.validation.certify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.report.CertificationSummary;
import io.github.civicdata.validation.UnreadableInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A conformance certificate: the JSON document that {@link Certifier} writes and {@link Verifier}
 * checks, described by {@code certificate.schema.json} in this package. It names the files (size,
 * SHA-256), the template and rule set (with hashes), the tool version, the options that change a
 * verdict, the attested manual checks, per file and rule the status, the level reached per file
 * and overall, and optionally an Ed25519 signature over its RFC 8785 canonical form.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Certificate c = Certificate.parse(Files.readAllBytes(Path.of("cert.json")));
 * System.out.println(c.level() + " " + c.keyId().orElse("unsigned"));
 * }</pre>
 */
public final class Certificate {

    /** The largest certificate read. */
    public static final int MAX_FILE_BYTES = 16 << 20;

    private final ObjectNode node;

    Certificate(ObjectNode node) {
        this.node = StrictJson.normalize(node);
    }

    /**
     * Reads a certificate.
     *
     * @param bytes the file (UTF-8 JSON)
     * @return the certificate (its content is checked by {@link Verifier}, not here)
     * @throws CertificationException if the bytes are not strict JSON or not a civicdata certificate
     */
    public static Certificate parse(byte[] bytes) {
        JsonNode n = StrictJson.read(bytes, "certificate", MAX_FILE_BYTES);
        if (!n.isObject() || !Certifier.TYPE.equals(n.path("type").asText(null))) {
            throw new CertificationException("certify.error.not-a-certificate");
        }
        return new Certificate((ObjectNode) n);
    }

    /**
     * Reads a certificate file (at most {@link #MAX_FILE_BYTES}).
     *
     * @param file the certificate
     * @return the certificate
     * @throws UnreadableInputException if the file cannot be read
     * @throws CertificationException if it is too large, not strict JSON or not a civicdata
     *     certificate
     */
    public static Certificate read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new CertificationException("certify.error.file-not-found", file);
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new CertificationException("certify.error.too-large", file, size, MAX_FILE_BYTES);
            }
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UnreadableInputException(file.toString(), e);
        }
    }

    /**
     * Where {@code certify verify} looks for the certified files when none are given: each by its
     * name in the certificate, beside the certificate file.
     *
     * @param certificateFile the certificate's file
     * @return the files by subject name, in the certificate's order
     */
    public Map<String, Path> filesBeside(Path certificateFile) {
        Path dir = certificateFile.toAbsolutePath().getParent();
        Map<String, Path> files = new LinkedHashMap<>();
        for (String name : subjects()) {
            files.put(name, dir.resolve(name));
        }
        return files;
    }

    /**
     * Whether what was certified meets the bar {@code certify} applies to its exit code: every
     * file reached {@code requiredLevel}, the template (when one was certified) conforms and the
     * metadata record (when one was given) agrees with the files.
     *
     * @param requiredLevel the level every file must reach, 0 to 3
     * @return whether all of that holds
     * @throws IllegalArgumentException if the level is not 0 to 3
     */
    public boolean meets(int requiredLevel) {
        if (requiredLevel < 0 || requiredLevel > 3) {
            throw new IllegalArgumentException("required level " + requiredLevel + " is not 0 to 3");
        }
        String t = templateVerdict();
        return level() >= requiredLevel && ("none".equals(t) || "conforms".equals(t))
                && metadataAgrees().orElse(true);
    }

    /**
     * @return the certificate as indented UTF-8 JSON
     */
    public byte[] toJson() {
        try {
            return (StrictJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ObjectNode node() {
        return node.deepCopy();
    }

    /**
     * @return the level every file reached (0 to 3), or 0 if the certificate does not say
     */
    public int level() {
        return node.path("level").asInt(0);
    }

    /**
     * @return the template verdict over all files: {@code conforms}, {@code fails},
     *     {@code incomplete} or {@code none}
     */
    public String templateVerdict() {
        return node.path("templateVerdict").asText("none");
    }

    /**
     * @return the names of the files it certifies, in order
     */
    public List<String> subjects() {
        return Certifier.names(node.path("subjects"));
    }

    /**
     * @return whether the certificate carries a signature
     */
    public boolean signed() {
        return node.has("signature");
    }

    /**
     * @return the key id of the signature ({@code sha256:…}), if signed
     */
    public Optional<String> keyId() {
        return Optional.ofNullable(node.path("signature").path("keyId").asText(null));
    }

    /**
     * @return whether a metadata record was given and every claim of it agrees with the files
     *     (empty when no record was given)
     */
    public Optional<Boolean> metadataAgrees() {
        JsonNode m = node.get("metadata");
        return m == null ? Optional.empty() : Optional.of(m.path("agrees").asBoolean(false));
    }

    /**
     * What the certificate says, for the HTML report.
     *
     * @param sources the source name that each subject's findings carry in the report
     * @return the summary
     */
    public CertificationSummary summary(Map<String, String> sources) {
        Messages m = Messages.get();
        List<CertificationSummary.Subject> subjects = new ArrayList<>();
        List<String> names = subjects();
        for (JsonNode s : node.path("subjects")) {
            String name = s.path("name").asText();
            subjects.add(new CertificationSummary.Subject(name, sources.getOrDefault(name, name), s.path("size").asLong(),
                    s.path("sha256").asText(), s.path("level").asInt(), s.path("template").asText("none")));
        }
        List<CertificationSummary.RuleRow> rules = new ArrayList<>();
        JsonNode first = node.path("subjects").path(0).path("rules");
        for (var it = first.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            JsonNode r = first.get(id);
            List<String> statuses = new ArrayList<>();
            for (JsonNode s : node.path("subjects")) {
                statuses.add(s.path("rules").path(id).path("status").asText("?"));
            }
            rules.add(new CertificationSummary.RuleRow(id, r.has("level") ? OptionalInt.of(r.get("level").asInt())
                    : OptionalInt.empty(), r.path("mode").asText(), statuses));
        }
        List<CertificationSummary.Attested> att = new ArrayList<>();
        for (JsonNode a : node.path("attestations")) {
            att.add(new CertificationSummary.Attested(a.path("rule").asText(), a.path("by").asText(),
                    a.path("checked").asText(), Optional.ofNullable(a.path("note").asText(null)),
                    Evaluation.texts(a.path("files"))));
        }
        List<LocalizedText> notes = new ArrayList<>();
        for (JsonNode r : node.path("restrictions")) {
            notes.add(m.localize("certify.restriction." + r.path("reason").asText(), r.path("rule").asText(),
                    r.path("level").asInt(0)));
        }
        for (JsonNode d : node.path("metadata").path("disagreements")) {
            notes.add(m.localize("certify.metadata-disagrees", node.path("metadata").path("identifier").asText(),
                    d.path("subject").asText("—"), d.path("field").asText(), d.path("claimed").asText(),
                    d.path("found").asText()));
        }
        Instant issued;
        try {
            issued = Instant.parse(node.path("issued").asText());
        } catch (DateTimeParseException e) {
            issued = Instant.EPOCH;
        }
        JsonNode t = node.get("template");
        return new CertificationSummary(level(), issued, Optional.ofNullable(node.path("issuer").asText(null)),
                node.path("tool").path("version").asText(), node.path("ruleSet").path("id").asText() + "@"
                        + node.path("ruleSet").path("version").asText(), node.path("ruleSet").path("sha256").asText(),
                t == null ? Optional.empty() : Optional.of(t.path("id").asText()
                        + (t.has("version") ? "@" + t.path("version").asText() : "")),
                t == null ? Optional.empty() : Optional.of(t.path("sha256").asText()), keyId(), subjects, rules, att,
                notes);
    }

    /** This certificate signed: the signature covers the canonical form of everything else. */
    Certificate sign(SigningKey key) {
        ObjectNode unsigned = node.deepCopy();
        unsigned.remove("signature");
        byte[] canonical;
        try {
            canonical = Jcs.canonicalize(unsigned);
        } catch (Jcs.NotCanonicalizable e) {
            throw new IllegalStateException("a certificate made here is canonicalizable", e);
        }
        ObjectNode signed = unsigned.deepCopy();
        ObjectNode s = signed.putObject("signature");
        s.put("algorithm", Keys.ALGORITHM);
        s.put("keyId", key.keyId());
        s.put("publicKey", Base64.getEncoder().encodeToString(key.publicKey().getEncoded()));
        s.put("value", Base64.getEncoder().encodeToString(Keys.sign(key.privateKey(), canonical)));
        return new Certificate(signed);
    }

    @Override
    public String toString() {
        return "Certificate[level=" + level() + ", subjects=" + subjects() + ", signed=" + signed() + "]";
    }
}
