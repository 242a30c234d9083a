package io.github.civicdata.validation.certify;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.validation.ValidationRules;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person's statement that a manual or partly automatic rule holds (L3-02 a code table is
 * published, L3-07 the format is stable across years, the manual parts of L3-04 and L3-08): who
 * attests, what was checked, a free note, and the files it covers (all when empty). A certificate
 * shows such a rule as <em>attested</em>, never as verified.
 *
 * <p>The attestation file ({@code attest.json}):
 * <pre>{@code
 * {"attestations": [
 *   {"rule": "L3-02", "by": "山田太郎（株式会社サンプル）", "checked": "コード表を別添した", "note": "codes.pdf"},
 *   {"rule": "L3-08", "by": "…", "checked": "…", "files": ["aed.csv"]}
 * ]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule id (manual or partial)
 * @param by who attests
 * @param checked what was checked
 * @param note a free note
 * @param files the subjects it covers; empty for all
 */
public record Attestation(String rule, String by, String checked, Optional<String> note, List<String> files) {

    /** The largest attestation file read. */
    public static final int MAX_FILE_BYTES = 1 << 20;

    private static final Set<String> MEMBERS = Set.of("rule", "by", "checked", "note", "files");

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws CertificationException if the rule is unknown or checked automatically, or who or
     *     what is blank
     */
    public Attestation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(checked, "checked");
        Objects.requireNonNull(note, "note");
        files = List.copyOf(files);
        String asGiven = rule;
        RuleInfo r = ValidationRules.find(asGiven).orElseThrow(() -> new CertificationException(
                "certify.error.attest-unknown-rule", asGiven));
        if (r.mode() == RuleInfo.Mode.AUTOMATIC) {
            throw new CertificationException("certify.error.attest-automatic", r.id());
        }
        rule = r.id();
        if (by.isBlank() || checked.isBlank()) {
            throw new CertificationException("certify.error.attest-blank", rule);
        }
    }

    /**
     * Whether this attestation covers a subject.
     *
     * @param subject the subject's name
     * @return {@code true} if it lists the subject or lists none
     */
    public boolean covers(String subject) {
        return files.isEmpty() || files.contains(subject);
    }

    /**
     * Reads an attestation file.
     *
     * @param bytes the file (UTF-8 JSON)
     * @param source the file name for messages
     * @return the attestations, in file order
     * @throws CertificationException if the file is not strict JSON of the form above, names an
     *     unknown or automatic rule, or leaves who or what blank
     */
    public static List<Attestation> read(byte[] bytes, String source) {
        JsonNode root = StrictJson.read(bytes, source, MAX_FILE_BYTES);
        JsonNode list = root.get("attestations");
        if (!root.isObject() || root.size() != 1 || list == null || !list.isArray()) {
            throw new CertificationException("certify.error.attest-form", source, "/attestations");
        }
        List<Attestation> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(fromJson(list.get(i), source, "/attestations/" + i));
        }
        return List.copyOf(out);
    }

    static Attestation fromJson(JsonNode a, String source, String pointer) {
        if (!a.isObject()) {
            throw new CertificationException("certify.error.attest-form", source, pointer);
        }
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!MEMBERS.contains(name)) {
                throw new CertificationException("certify.error.attest-form", source, pointer + "/" + name);
            }
        }
        List<String> files = new ArrayList<>();
        JsonNode f = a.get("files");
        if (f != null) {
            if (!f.isArray()) {
                throw new CertificationException("certify.error.attest-form", source, pointer + "/files");
            }
            for (JsonNode x : f) {
                if (!x.isTextual()) {
                    throw new CertificationException("certify.error.attest-form", source, pointer + "/files");
                }
                files.add(x.textValue());
            }
        }
        JsonNode note = a.get("note");
        if (note != null && !note.isTextual()) {
            throw new CertificationException("certify.error.attest-form", source, pointer + "/note");
        }
        return new Attestation(text(a, "rule", source, pointer), text(a, "by", source, pointer),
                text(a, "checked", source, pointer), note == null ? Optional.empty() : Optional.of(note.textValue()),
                files);
    }

    private static String text(JsonNode a, String name, String source, String pointer) {
        JsonNode n = a.get(name);
        if (n == null || !n.isTextual()) {
            throw new CertificationException("certify.error.attest-form", source, pointer + "/" + name);
        }
        return n.textValue();
    }
}
