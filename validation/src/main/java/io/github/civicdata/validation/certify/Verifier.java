package io.github.civicdata.validation.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.core.ToolInfo;
import io.github.civicdata.validation.UnreadableInputException;
import io.github.civicdata.validation.certify.Discrepancy.Kind;
import io.github.civicdata.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Verifies a certificate against the files a municipality received: recomputes every file's size
 * and SHA-256, checks the signature (and that it is by the trusted key, when one is given), checks
 * that the rule set, the template definition and the tool version are the ones certified, validates
 * the files again with the recorded template and options, re-derives every rule's status and every
 * level with the recorded attestations, and names each difference ({@link Discrepancy}).
 *
 * <p>Immutable and thread-safe once built.
 *
 * <pre>{@code
 * Verification v = Verifier.builder()
 *         .trustedKey(Keys.readPublicKey(Files.readString(Path.of("vendor.pub.pem"))))
 *         .build()
 *         .verify(Certificate.parse(Files.readAllBytes(Path.of("cert.json"))),
 *                 Map.of("aed.csv", Path.of("delivery/aed.csv")));
 * boolean ok = v.valid();
 * }</pre>
 */
public final class Verifier {

    private static final Set<String> MEMBERS = Set.of("type", "version", "id", "issued", "issuer", "tool", "ruleSet",
            "template", "options", "attestations", "restrictions", "metadata", "subjects", "level", "templateVerdict",
            "summary", "signature");
    private static final List<String> REQUIRED = List.of("type", "version", "id", "issued", "tool", "ruleSet",
            "options", "attestations", "restrictions", "subjects", "level", "templateVerdict", "summary");

    private final PublicKey trusted;
    private final Path schema;
    private final RecordClaims record;

    private Verifier(Builder b) {
        this.trusted = b.trusted;
        this.schema = b.schema;
        this.record = b.record;
    }

    /**
     * @return a builder (no trusted key, no schema, no metadata record)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies a certificate.
     *
     * @param certificate the certificate
     * @param files the files received, by the name the certificate gives them
     * @return the verification (never throws because of the certificate's content or the files)
     */
    public Verification verify(Certificate certificate, Map<String, Path> files) {
        ObjectNode c = certificate.node();
        List<Discrepancy> out = new ArrayList<>();
        boolean usable = form(c, out);
        boolean signed = c.has("signature");
        Optional<String> keyId = Optional.empty();
        boolean keyTrusted = false;
        if (signed) {
            keyId = Optional.ofNullable(c.path("signature").path("keyId").asText(null));
            keyTrusted = signature(c, out);
        } else if (trusted != null) {
            out.add(Discrepancy.of(Kind.SIGNATURE_MISSING, null, null, "", Keys.keyId(trusted)));
        }
        if (!usable) {
            return new Verification(out, signed, keyId, keyTrusted, false, Optional.empty());
        }
        JsonNode tool = c.get("tool");
        String recordedTool = tool.path("name").asText() + " " + tool.path("version").asText();
        String thisTool = ToolInfo.NAME + " " + ToolInfo.version();
        if (!recordedTool.equals(thisTool)) {
            out.add(Discrepancy.of(Kind.TOOL_VERSION, null, null, recordedTool, thisTool));
        }
        ObjectNode ruleSet = Certifier.ruleSet();
        for (String f : List.of("id", "version", "sha256")) {
            if (!ruleSet.get(f).equals(c.path("ruleSet").path(f))) {
                out.add(Discrepancy.of(Kind.RULE_SET_CHANGED, null, null, f + " " + c.path("ruleSet").path(f).asText(),
                        f + " " + ruleSet.get(f).asText()));
            }
        }
        TemplateSpec template = null;
        boolean runnable = true;
        if (c.has("template")) {
            template = template(c.get("template"), out);
            runnable = template != null;
        }
        Options options = null;
        try {
            options = Options.fromJson(c.get("options"));
        } catch (IllegalArgumentException e) {
            out.add(Discrepancy.of(Kind.OPTIONS_INVALID, null, null, e.getMessage(), ""));
            runnable = false;
        }
        List<String> names = Certifier.names(c.get("subjects"));
        List<Attestation> attestations = attestations(c.get("attestations"), names, out);
        if (options != null && !StrictJson.normalize(Evaluation.restrictions(options)).equals(c.get("restrictions"))) {
            out.add(Discrepancy.of(Kind.RESTRICTIONS, null, null, restrictions(c.get("restrictions")),
                    restrictions(Evaluation.restrictions(options))));
        }
        List<Certifier.Subject> present = new ArrayList<>();
        for (String n : names) {
            Path p = files.get(n);
            if (p == null || !Files.isRegularFile(p)) {
                out.add(Discrepancy.of(Kind.FILE_MISSING, n, null, n, p == null ? "" : " (" + p + ")"));
            } else {
                present.add(new Certifier.Subject(n, p));
            }
        }
        for (String n : new TreeSet<>(files.keySet())) {
            if (!names.contains(n)) {
                out.add(Discrepancy.of(Kind.FILE_NOT_CERTIFIED, n, null, "", " (" + files.get(n) + ")"));
            }
        }
        if (!runnable) {
            return new Verification(out, signed, keyId, keyTrusted, false, Optional.empty());
        }
        Certifier.Evaluated e;
        try {
            e = Certifier.evaluate(options, template, attestations, present, Validator.DEFAULT_MAX_FINDINGS, false,
                    false);
        } catch (UnreadableInputException x) {
            out.add(Discrepancy.of(Kind.FILE_MISSING, x.source(), null, x.source(), " (" + x.getMessage() + ")"));
            return new Verification(out, signed, keyId, keyTrusted, false, Optional.empty());
        }
        Map<String, JsonNode> recorded = new LinkedHashMap<>();
        for (JsonNode s : c.get("subjects")) {
            recorded.put(s.path("name").asText(), s);
        }
        for (ObjectNode built : e.subjects()) {
            ObjectNode now = StrictJson.normalize(built);
            String name = now.get("name").asText();
            compareSubject(name, recorded.get(name), now, out);
        }
        if (present.size() == names.size()) {
            ObjectNode whole = StrictJson.MAPPER.createObjectNode();
            e.fill(whole, template != null);
            whole = StrictJson.normalize(whole);
            for (String f : List.of("level", "templateVerdict", "summary")) {
                if (!whole.get(f).equals(c.get(f))) {
                    Kind k = "level".equals(f) ? Kind.LEVEL : "summary".equals(f) ? Kind.SUMMARY : Kind.TEMPLATE_VERDICT;
                    out.add("summary".equals(f) ? Discrepancy.of(k, null, null, summary(c.get(f)), summary(whole.get(f)))
                            : Discrepancy.of(k, null, null, text(c.get(f)), text(whole.get(f))));
                }
            }
        }
        boolean metadataChecked = false;
        if (record != null) {
            metadataChecked = true;
            Optional<String> t = template != null && "template".equals(template.kind())
                    ? Optional.of(template.label()) : Optional.empty();
            ObjectNode now = StrictJson.normalize(MetadataCheck.check(record, t, e.files()));
            if (!now.equals(c.get("metadata"))) {
                out.add(Discrepancy.of(Kind.METADATA, null, null, metadata(c.get("metadata")), metadata(now)));
            }
        }
        return new Verification(out, signed, keyId, keyTrusted, metadataChecked, Optional.of(e.report()));
    }

    /** Checks the members and their types; false when the certificate cannot be evaluated. */
    private static boolean form(ObjectNode c, List<Discrepancy> out) {
        boolean ok = true;
        for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
            String n = it.next();
            if (!MEMBERS.contains(n)) {
                out.add(Discrepancy.of(Kind.FORMAT, null, null, "/" + n, "unknown member"));
            }
        }
        for (String n : REQUIRED) {
            if (!c.has(n)) {
                out.add(Discrepancy.of(Kind.FORMAT, null, null, "/" + n, "missing"));
                ok = false;
            }
        }
        if (!ok) {
            return false;
        }
        if (!Certifier.TYPE.equals(c.get("type").asText())) {
            out.add(Discrepancy.of(Kind.FORMAT, null, null, "/type", c.get("type").toString()));
            ok = false;
        }
        if (c.get("version").asInt() != Certifier.FORMAT_VERSION || !c.get("version").isInt()) {
            out.add(Discrepancy.of(Kind.FORMAT, null, null, "/version", c.get("version").toString()));
            ok = false;
        }
        for (String n : List.of("tool", "ruleSet", "options", "summary")) {
            if (!c.get(n).isObject()) {
                out.add(Discrepancy.of(Kind.FORMAT, null, null, "/" + n, "not an object"));
                ok = false;
            }
        }
        for (String n : List.of("attestations", "restrictions", "subjects")) {
            if (!c.get(n).isArray()) {
                out.add(Discrepancy.of(Kind.FORMAT, null, null, "/" + n, "not an array"));
                ok = false;
            }
        }
        if (c.has("template") && !c.get("template").isObject()) {
            out.add(Discrepancy.of(Kind.FORMAT, null, null, "/template", "not an object"));
            ok = false;
        }
        Set<String> names = new LinkedHashSet<>();
        if (c.get("subjects").isArray()) {
            for (int i = 0; i < c.get("subjects").size(); i++) {
                JsonNode s = c.get("subjects").get(i);
                if (!s.isObject() || !s.path("name").isTextual() || !names.add(s.path("name").asText())) {
                    out.add(Discrepancy.of(Kind.FORMAT, null, null, "/subjects/" + i + "/name", "missing or repeated"));
                    ok = false;
                }
            }
        }
        return ok;
    }

    /** Checks the signature; returns whether it is valid and by the trusted key. */
    private boolean signature(ObjectNode c, List<Discrepancy> out) {
        JsonNode s = c.get("signature");
        ObjectNode unsigned = c.deepCopy();
        unsigned.remove("signature");
        byte[] canonical;
        try {
            canonical = Jcs.canonicalize(unsigned);
        } catch (Jcs.NotCanonicalizable e) {
            out.add(Discrepancy.of(Kind.FORMAT, null, null, e.pointer(), e.getMessage()));
            out.add(Discrepancy.of(Kind.SIGNATURE_INVALID, null, null, s.path("keyId").asText(), "not canonicalizable"));
            return false;
        }
        Optional<PublicKey> key = Optional.empty();
        byte[] value = null;
        try {
            key = Keys.decodePublic(Base64.getDecoder().decode(s.path("publicKey").asText("")));
            value = Base64.getDecoder().decode(s.path("value").asText(""));
        } catch (IllegalArgumentException e) {
            // not Base64: a bad signature
        }
        if (!Keys.ALGORITHM.equals(s.path("algorithm").asText()) || key.isEmpty() || value == null
                || !Keys.keyId(key.get()).equals(s.path("keyId").asText()) || !Keys.verify(key.get(), canonical, value)) {
            out.add(Discrepancy.of(Kind.SIGNATURE_INVALID, null, null, s.path("keyId").asText(), "does not verify"));
            return false;
        }
        if (trusted != null && !Arrays.equals(trusted.getEncoded(), key.get().getEncoded())) {
            out.add(Discrepancy.of(Kind.KEY_NOT_TRUSTED, null, null, Keys.keyId(key.get()), Keys.keyId(trusted)));
            return false;
        }
        return trusted != null;
    }

    private TemplateSpec template(JsonNode t, List<Discrepancy> out) {
        String what = TemplateSpec.describe(t);
        TemplateSpec now;
        try {
            if ("template".equals(t.path("kind").asText())) {
                now = TemplateSpec.template(t.path("id").asText() + "@" + t.path("version").asText());
            } else if ("schema".equals(t.path("kind").asText()) && schema != null) {
                now = TemplateSpec.schema(schema);
            } else {
                out.add(Discrepancy.of(Kind.TEMPLATE_UNKNOWN, null, null, what, ""));
                return null;
            }
        } catch (CertificationException | UnreadableInputException e) {
            out.add(Discrepancy.of(Kind.TEMPLATE_UNKNOWN, null, null, what, ""));
            return null;
        }
        if (!now.sha256().equals(t.path("sha256").asText())) {
            out.add(Discrepancy.of(Kind.TEMPLATE_CHANGED, null, null, what + " sha256 " + t.path("sha256").asText(),
                    "sha256 " + now.sha256()));
        }
        return now;
    }

    private static List<Attestation> attestations(JsonNode list, List<String> names, List<Discrepancy> out) {
        List<Attestation> a = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/attestations/" + i;
            try {
                Attestation x = Attestation.fromJson(list.get(i), "certificate", pointer);
                for (String f : x.files()) {
                    if (!names.contains(f)) {
                        throw new CertificationException("certify.error.attest-unknown-file", x.rule(), f);
                    }
                }
                a.add(x);
            } catch (CertificationException e) {
                out.add(Discrepancy.of(Kind.ATTESTATION_INVALID, null, list.get(i).path("rule").asText(null), pointer,
                        e.text().en()));
            }
        }
        return a;
    }

    /** Names each difference between the recorded and the recomputed entry of a file. */
    private static void compareSubject(String name, JsonNode rec, ObjectNode now, List<Discrepancy> out) {
        Set<String> fields = new LinkedHashSet<>();
        rec.fieldNames().forEachRemaining(fields::add);
        now.fieldNames().forEachRemaining(fields::add);
        for (String f : fields) {
            JsonNode a = rec.get(f);
            JsonNode b = now.get(f);
            if (Objects.equals(a, b)) {
                continue;
            }
            switch (f) {
                case "size", "sha256" -> out.add(Discrepancy.of(Kind.FILE_CHANGED, name, null, f + " " + text(a),
                        f + " " + text(b)));
                case "format", "encoding", "bom", "delimiter", "rows" -> out.add(Discrepancy.of(Kind.SOURCE_CHANGED,
                        name, null, f + " " + text(a), f + " " + text(b)));
                case "level" -> out.add(Discrepancy.of(Kind.LEVEL, name, null, text(a), text(b)));
                case "template" -> out.add(Discrepancy.of(Kind.TEMPLATE_VERDICT, name, null, text(a), text(b)));
                case "summary" -> out.add(Discrepancy.of(Kind.SUMMARY, name, null, summary(a), summary(b)));
                case "rules" -> rules(name, a, b, out);
                default -> out.add(Discrepancy.of(Kind.FORMAT, name, null, "/subjects/" + name + "/" + f,
                        b == null ? "unknown member" : "missing"));
            }
        }
    }

    private static void rules(String name, JsonNode rec, JsonNode now, List<Discrepancy> out) {
        Set<String> ids = new LinkedHashSet<>();
        if (rec != null && rec.isObject()) {
            rec.fieldNames().forEachRemaining(ids::add);
        }
        now.fieldNames().forEachRemaining(ids::add);
        for (String id : ids) {
            JsonNode a = rec == null ? null : rec.get(id);
            JsonNode b = now.get(id);
            if (!Objects.equals(a, b)) {
                out.add(Discrepancy.of(Kind.RULE_VERDICT, name, id, verdict(a), verdict(b)));
            }
        }
    }

    /** A rule's entry as people read it: {@code fail (3 error, 0 warning, 0 info; 3 cells)}. */
    private static String verdict(JsonNode r) {
        if (r == null || !r.isObject()) {
            return r == null ? "(none)" : compact(r);
        }
        JsonNode f = r.path("findings");
        return r.path("status").asText() + " (" + f.path("error").asText() + " error, " + f.path("warning").asText()
                + " warning, " + f.path("info").asText() + " info; " + r.path("cells").asText() + " cells; "
                + r.path("severity").asText() + ", " + r.path("mode").asText()
                + (r.has("level") ? ", level " + r.path("level").asText() : "") + ")";
    }

    /** {@code errors 3 (3 cells, 2 rows), warnings 1 (…), info 0 (…)}. */
    private static String summary(JsonNode s) {
        if (s == null || !s.isObject()) {
            return text(s);
        }
        StringBuilder sb = new StringBuilder();
        for (String sev : List.of("error", "warning", "info")) {
            JsonNode x = s.path(sev);
            sb.append(sb.length() == 0 ? "" : ", ").append(sev).append(' ').append(x.path("findings").asText())
                    .append(" (").append(x.path("cells").asText()).append(" cells, ").append(x.path("rows").asText())
                    .append(" rows)");
        }
        return sb.toString();
    }

    /** {@code L2-04 disabled (level 2); …} or {@code none}. */
    private static String restrictions(JsonNode a) {
        if (a == null || !a.isArray() || a.isEmpty()) {
            return a == null || a.isArray() ? "none" : text(a);
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode r : a) {
            parts.add(r.path("rule").asText() + " " + r.path("reason").asText()
                    + (r.has("level") ? " (level " + r.path("level").asText() + ")" : ""));
        }
        return String.join("; ", parts);
    }

    /** {@code agrees} or the fields that disagree. */
    private static String metadata(JsonNode m) {
        if (m == null || !m.isObject()) {
            return m == null ? "(none)" : text(m);
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode d : m.path("disagreements")) {
            parts.add(d.path("subject").asText("") + " " + d.path("field").asText());
        }
        return m.path("identifier").asText() + ": " + (parts.isEmpty() ? "agrees" : "disagrees on "
                + String.join(", ", parts).strip());
    }

    private static String text(JsonNode n) {
        return n == null ? "(none)" : n.isValueNode() ? n.asText() : compact(n);
    }

    private static String compact(JsonNode n) {
        return n == null ? "(none)" : n.toString();
    }

    /** Configures a {@link Verifier}; not thread-safe. */
    public static final class Builder {
        private PublicKey trusted;
        private Path schema;
        private RecordClaims record;

        private Builder() {
        }

        /**
         * The vendor's public key: the certificate must be signed with it.
         *
         * @param key an Ed25519 public key
         * @return this builder
         */
        public Builder trustedKey(PublicKey key) {
            if (!Keys.isEd25519(Objects.requireNonNull(key, "key"))) {
                throw new IllegalArgumentException("not an Ed25519 key");
            }
            this.trusted = key;
            return this;
        }

        /**
         * The table schema a certificate made with {@code --schema} names.
         *
         * @param file the schema file
         * @return this builder
         */
        public Builder schema(Path file) {
            this.schema = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * Checks the metadata record's claims again.
         *
         * @param claims the record's claims
         * @return this builder
         */
        public Builder record(RecordClaims claims) {
            this.record = Objects.requireNonNull(claims, "claims");
            return this;
        }

        /**
         * @return the verifier
         */
        public Verifier build() {
            return new Verifier(this);
        }
    }
}
