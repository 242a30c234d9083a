package io.github.civicdata.anonymize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * How a column is pseudonymised (仮名加工, 個人情報保護法 第41条 and 施行規則 第31条: descriptions
 * that identify a person are replaced "by a method without a rule that allows restoring them"):
 *
 * <ul>
 * <li>{@link #keyedHash(Path)}: HMAC-SHA-256 of the value under a secret key (RFC 2104), the first
 * 128 bits in hexadecimal. The same key gives the same pseudonym for the same value, in every run
 * (records of one person can be linked across files pseudonymised with the same key); without the
 * key the value cannot be recomputed. The key is read from a file of at least 32 bytes; it is
 * never logged, never part of a message, a report or an output, and {@link #toString()} does not
 * show it. The key is 削除情報等 (規則第32条): keep it apart from the data.</li>
 * <li>{@link #surrogate()}: a random identifier ({@link java.security.SecureRandom}, 64 bits in
 * hexadecimal with prefix {@code R}) per distinct value within one run; the table from values to
 * surrogates is written to a separate file when asked for (also 削除情報等).</li>
 * </ul>
 *
 * <p>Implementations are immutable and thread-safe; the mapping state of a run lives elsewhere.
 *
 * <pre>{@code
 * Anonymizer.builder().pseudonymised("住民ID", Pseudonym.keyedHash(Path.of("secret.key"))) ...
 * }</pre>
 */
public sealed interface Pseudonym permits Pseudonym.KeyedHash, Pseudonym.Surrogate {

    /** The smallest key length accepted, in bytes (256 bits). */
    int MIN_KEY_BYTES = 32;

    /**
     * @param keyFile a file whose bytes are the key (at least {@link #MIN_KEY_BYTES})
     * @return keyed hashing with that key
     * @throws AnonymizationException if the file cannot be read or is too short (the message names
     *     the file and the length, never the key)
     */
    static Pseudonym keyedHash(Path keyFile) {
        Objects.requireNonNull(keyFile, "keyFile");
        byte[] key;
        try {
            key = Files.readAllBytes(keyFile);
        } catch (NoSuchFileException e) {
            throw AnonymizationException.input("anon.pseudonym.key-not-found", keyFile.toString());
        } catch (IOException e) {
            throw AnonymizationException.input("anon.pseudonym.key-unreadable", keyFile.toString());
        }
        try {
            return keyedHash(key, keyFile.toString());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * @param key the key (copied; at least {@link #MIN_KEY_BYTES} bytes)
     * @return keyed hashing with that key
     * @throws AnonymizationException if the key is too short
     */
    static Pseudonym keyedHash(byte[] key) {
        return keyedHash(key, "key");
    }

    private static Pseudonym keyedHash(byte[] key, String source) {
        if (key.length < MIN_KEY_BYTES) {
            throw AnonymizationException.config("anon.pseudonym.key-too-short", source, key.length, MIN_KEY_BYTES);
        }
        return new KeyedHash(key.clone());
    }

    /**
     * @return random surrogates with a separately stored mapping table
     */
    static Pseudonym surrogate() {
        return new Surrogate();
    }

    /**
     * @return the method's name in configuration files and reports: {@code hmac-sha256} or {@code surrogate}
     */
    String method();

    /** Keyed hashing (HMAC-SHA-256); holds the key, never shows it. */
    final class KeyedHash implements Pseudonym {
        private final byte[] key;

        private KeyedHash(byte[] key) {
            this.key = key;
        }

        byte[] key() {
            return key;
        }

        @Override
        public String method() {
            return "hmac-sha256";
        }

        /**
         * @return {@code KeyedHash[hmac-sha256]} (never the key)
         */
        @Override
        public String toString() {
            return "KeyedHash[hmac-sha256]";
        }
    }

    /** Random surrogates. */
    final class Surrogate implements Pseudonym {
        private Surrogate() {
        }

        @Override
        public String method() {
            return "surrogate";
        }

        @Override
        public String toString() {
            return "Surrogate[]";
        }
    }
}
