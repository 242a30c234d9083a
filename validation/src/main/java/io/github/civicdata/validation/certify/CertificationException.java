package io.github.civicdata.validation.certify;

import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Messages;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when certification cannot start or a file it needs is not what it must be: an attestation
 * file or a key that cannot be read, an attestation of an automatic rule, a certificate that is not
 * JSON. The message is bilingual ({@link #text()}); nothing of the data is ever the reason (bad data
 * is a verdict, not an exception).
 *
 * <p>Immutable (apart from the inherited stack trace).
 *
 * <pre>{@code
 * try {
 *     List<Attestation> a = Attestation.read(bytes, "attest.json");
 * } catch (CertificationException e) {
 *     System.err.println(e.text().ja());
 * }
 * }</pre>
 */
public final class CertificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    CertificationException(String key, Object... args) {
        super(Messages.get().format(java.util.Locale.ENGLISH, key, args));
        this.key = Objects.requireNonNull(key, "key");
        this.args = List.of(args);
    }

    /**
     * @return the message key ({@code certify.error.*})
     */
    public String key() {
        return key;
    }

    /**
     * @return the message in Japanese and English
     */
    public LocalizedText text() {
        return Messages.get().localize(key, args == null ? List.of() : args);
    }
}
