package io.github.civicdata.core.report;

import io.github.civicdata.core.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a conformance certificate says, as plain values for the HTML report ({@link
 * ReportWriter.Builder#certification(CertificationSummary)}): the level reached, when and by whom
 * it was issued, the hashes that bind it to the files, the template and rule set, and per rule and
 * file whether the rule passed, failed, was attested by a person or does not apply.
 *
 * <p>The certificate itself (its JSON, signature and verification) belongs to the validation
 * module; this is only what a person reads.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ReportWriter.builder(ReportFormat.HTML).certification(certificate.summary()).build().write(report, out);
 * }</pre>
 *
 * @param level the level reached by every subject (0 when level 1 is not reached)
 * @param issued when the certificate was issued
 * @param issuer who issued it
 * @param toolVersion the civicdata version that made it
 * @param ruleSet the rule set, {@code id@version}
 * @param ruleSetSha256 the SHA-256 of the rule set, hexadecimal
 * @param template the template or schema, {@code id@version}
 * @param templateSha256 the SHA-256 of the template definition used
 * @param signer the key id of the signature ({@code sha256:…} of the public key)
 * @param subjects the files certified
 * @param rules the status of each rule per subject
 * @param attestations the manual checks people attested
 * @param notes restrictions and disagreements (disabled rules, a metadata record that disagrees …)
 */
public record CertificationSummary(int level, Instant issued, Optional<String> issuer, String toolVersion,
        String ruleSet, String ruleSetSha256, Optional<String> template, Optional<String> templateSha256,
        Optional<String> signer, List<Subject> subjects, List<RuleRow> rules, List<Attested> attestations,
        List<LocalizedText> notes) {

    /**
     * One certified file.
     *
     * @param name the subject's name in the certificate
     * @param source the source name its findings carry in the report
     * @param size the size in bytes
     * @param sha256 the SHA-256 of its bytes, hexadecimal
     * @param level the level it reached (0 to 3)
     * @param template {@code conforms}, {@code fails} or {@code none} (no template)
     */
    public record Subject(String name, String source, long size, String sha256, int level, String template) {
        /**
         * @throws NullPointerException if a part is null
         */
        public Subject {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(template, "template");
        }
    }

    /**
     * One rule: its level and mode and its status for each subject, in the order of
     * {@link CertificationSummary#subjects()} ({@code pass}, {@code fail}, {@code attested},
     * {@code not-attested}, {@code not-applicable}, {@code disabled}).
     *
     * @param id the rule id
     * @param level the level the rule counts for
     * @param mode {@code automatic}, {@code partial} or {@code manual}
     * @param statuses the status per subject
     */
    public record RuleRow(String id, OptionalInt level, String mode, List<String> statuses) {
        /**
         * @throws NullPointerException if a part is null
         */
        public RuleRow {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(mode, "mode");
            statuses = List.copyOf(statuses);
        }
    }

    /**
     * A manual check that a person attested (not verified by the tool).
     *
     * @param rule the rule id
     * @param by who attests
     * @param checked what was checked
     * @param note a free note
     * @param files the subjects it covers (empty: all)
     */
    public record Attested(String rule, String by, String checked, Optional<String> note, List<String> files) {
        /**
         * @throws NullPointerException if a part is null
         */
        public Attested {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(checked, "checked");
            Objects.requireNonNull(note, "note");
            files = List.copyOf(files);
        }
    }

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the level is not 0 to 3
     */
    public CertificationSummary {
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(ruleSetSha256, "ruleSetSha256");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(templateSha256, "templateSha256");
        Objects.requireNonNull(signer, "signer");
        subjects = List.copyOf(subjects);
        rules = List.copyOf(rules);
        attestations = List.copyOf(attestations);
        notes = List.copyOf(notes);
        if (level < 0 || level > 3) {
            throw new IllegalArgumentException("level must be 0 to 3: " + level);
        }
    }
}
