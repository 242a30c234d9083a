package io.github.civicdata.validation.certify;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * An Ed25519 key pair for signing certificates, with the subject that {@code civicdata keygen}
 * writes beside the key (used as the certificate's issuer when none is given). Read it with
 * {@link Keys#readPrivateKey(String)}; make one with {@link Keys#generate(String)}.
 *
 * <p>Immutable and thread-safe (JDK key objects).
 *
 * <pre>{@code
 * SigningKey key = Keys.readPrivateKey(Files.readString(Path.of("vendor.key.pem")));
 * String id = key.keyId(); // sha256:…
 * }</pre>
 *
 * @param privateKey the private key
 * @param publicKey its public key
 * @param subject who the key belongs to
 */
public record SigningKey(PrivateKey privateKey, PublicKey publicKey, Optional<String> subject) {

    /**
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the keys are not Ed25519
     */
    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(subject, "subject");
        if (!Keys.isEd25519(privateKey) || !Keys.isEd25519(publicKey)) {
            throw new IllegalArgumentException("not an Ed25519 key");
        }
    }

    /**
     * @return {@code sha256:} and the SHA-256 of the public key's X.509 encoding, hexadecimal
     */
    public String keyId() {
        return Keys.keyId(publicKey);
    }
}
