package io.github.civicdata.validation.certify;

import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Messages;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One way in which a certificate does not hold: what kind of mismatch, the file and rule it
 * concerns, what the certificate records and what verification found.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (Discrepancy d : verification.discrepancies()) {
 *     System.out.println(d.kind() + " " + d.message().ja());
 * }
 * }</pre>
 *
 * @param kind the kind of mismatch
 * @param subject the file it concerns
 * @param rule the rule it concerns
 * @param recorded what the certificate records (or the member concerned)
 * @param found what verification found
 */
public record Discrepancy(Kind kind, Optional<String> subject, Optional<String> rule, String recorded, String found) {

    /** The kinds of mismatch, each with its own message ({@code certify.discrepancy.<id>}). */
    public enum Kind {
        /** The certificate is not of the published form (a member missing, of the wrong type, unknown). */
        FORMAT,
        /** Made by another civicdata version than the one verifying (or another tool). */
        TOOL_VERSION,
        /** The signature does not verify: the certificate was changed after signing, or is forged. */
        SIGNATURE_INVALID,
        /** A trusted key was given but the certificate is not signed. */
        SIGNATURE_MISSING,
        /** Signed, but by another key than the trusted one. */
        KEY_NOT_TRUSTED,
        /** The rule set (the rule catalogue, levels, severities, modes) differs from this tool's. */
        RULE_SET_CHANGED,
        /** The template (or schema) is not known here or not given. */
        TEMPLATE_UNKNOWN,
        /** The template's (or schema's) definition differs from the one certified against. */
        TEMPLATE_CHANGED,
        /** The recorded options cannot be used. */
        OPTIONS_INVALID,
        /** A recorded attestation is not valid (unknown or automatic rule, unknown file, blank). */
        ATTESTATION_INVALID,
        /** The recorded restrictions do not follow from the recorded options. */
        RESTRICTIONS,
        /** A certified file is missing. */
        FILE_MISSING,
        /** A file was given that the certificate does not certify. */
        FILE_NOT_CERTIFIED,
        /** A certified file's bytes differ (size or SHA-256). */
        FILE_CHANGED,
        /** The file is read differently (format, encoding, byte-order mark, delimiter, rows). */
        SOURCE_CHANGED,
        /** A rule's status or counts for a file differ from the certificate's. */
        RULE_VERDICT,
        /** A level (of a file or overall) differs from the certificate's. */
        LEVEL,
        /** A template verdict differs from the certificate's. */
        TEMPLATE_VERDICT,
        /** The findings summary differs from the certificate's. */
        SUMMARY,
        /** The metadata record's check differs from the certificate's. */
        METADATA;

        /**
         * @return the kind's lower-case id, e.g. {@code file-changed}
         */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * @throws NullPointerException if a part is null
     */
    public Discrepancy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(found, "found");
    }

    static Discrepancy of(Kind kind, String subject, String rule, String recorded, String found) {
        return new Discrepancy(kind, Optional.ofNullable(subject), Optional.ofNullable(rule), recorded, found);
    }

    /**
     * @return the message in Japanese and English, naming the file, rule, recorded and found values
     */
    public LocalizedText message() {
        String s = subject.orElse("*");
        String r = rule.orElse("—");
        if (subject.isEmpty() && (kind == Kind.LEVEL || kind == Kind.TEMPLATE_VERDICT || kind == Kind.SUMMARY)) {
            return Messages.get().localize("certify.discrepancy." + kind.id() + ".all", recorded, found);
        }
        Object[] args = switch (kind) {
            case SIGNATURE_INVALID, TEMPLATE_UNKNOWN, OPTIONS_INVALID -> new Object[] {recorded};
            case SIGNATURE_MISSING -> new Object[] {found};
            case ATTESTATION_INVALID -> new Object[] {recorded, r, found};
            case FILE_MISSING, FILE_NOT_CERTIFIED -> new Object[] {s, found};
            case FILE_CHANGED, SOURCE_CHANGED, LEVEL, TEMPLATE_VERDICT, SUMMARY -> new Object[] {s, recorded, found};
            case RULE_VERDICT -> new Object[] {s, r, recorded, found};
            default -> new Object[] {recorded, found};
        };
        return Messages.get().localize("certify.discrepancy." + kind.id(), args);
    }
}
