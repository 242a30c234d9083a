package io.github.civicdata.validation.certify;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Ed25519 keys for signing certificates, with the JDK's own cryptography (no other library):
 * generating a pair, and reading and writing PEM files — PKCS#8 ({@code BEGIN PRIVATE KEY}) for the
 * private key, X.509 SubjectPublicKeyInfo ({@code BEGIN PUBLIC KEY}) for the public key, as OpenSSL
 * writes them. A private key file written by {@code openssl genpkey -algorithm ed25519} is read as
 * well: the public key is computed from the private key (RFC 8032 §5.1.5) and checked by a test
 * signature. A line {@code Subject: …} before the PEM block names the key's owner.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * SigningKey key = Keys.generate("株式会社サンプル");
 * Files.writeString(Path.of("vendor.key.pem"), Keys.privateKeyPem(key));
 * Files.writeString(Path.of("vendor.pub.pem"), Keys.publicKeyPem(key.publicKey()));
 * SigningKey again = Keys.readPrivateKey(Files.readString(Path.of("vendor.key.pem")));
 * }</pre>
 */
public final class Keys {

    static final String ALGORITHM = "Ed25519";
    private static final String SUBJECT = "Subject:";
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): SEQUENCE, AlgorithmIdentifier, BIT STRING. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Keys() {
    }

    /**
     * Generates a new key pair.
     *
     * @param subject who the key belongs to (written beside the key), or null
     * @return the key
     */
    public static SigningKey generate(String subject) {
        try {
            KeyPair kp = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new SigningKey(kp.getPrivate(), kp.getPublic(), clean(subject));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }

    private static Optional<String> clean(String subject) {
        if (subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        String s = subject.strip();
        if (s.contains("\n") || s.contains("\r") || s.contains("-----")) {
            throw new IllegalArgumentException("a subject is one line without -----");
        }
        return Optional.of(s);
    }

    /**
     * The private key as PKCS#8 PEM, preceded by its {@code Subject:} line when it has one.
     *
     * @param key the key
     * @return the PEM text
     */
    public static String privateKeyPem(SigningKey key) {
        StringBuilder sb = new StringBuilder();
        key.subject().ifPresent(s -> sb.append(SUBJECT).append(' ').append(s).append('\n'));
        return sb.append(pem("PRIVATE KEY", key.privateKey().getEncoded())).toString();
    }

    /**
     * The public key as X.509 SubjectPublicKeyInfo PEM.
     *
     * @param key the key
     * @return the PEM text
     */
    public static String publicKeyPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    /**
     * Reads an Ed25519 private key from PKCS#8 PEM text.
     *
     * @param pem the file's text
     * @return the key, with its public key and subject
     * @throws CertificationException if there is no unencrypted PKCS#8 Ed25519 key in the text
     */
    public static SigningKey readPrivateKey(String pem) {
        if (pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
            throw new CertificationException("certify.error.key-encrypted");
        }
        byte[] der = block(pem, "PRIVATE KEY").orElseThrow(() -> new CertificationException("certify.error.key-not-pem",
                "PRIVATE KEY"));
        PrivateKey priv;
        try {
            priv = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CertificationException("certify.error.key-not-ed25519");
        }
        byte[] seed = ((EdECPrivateKey) priv).getBytes()
                .orElseThrow(() -> new CertificationException("certify.error.key-not-ed25519"));
        PublicKey pub = publicKey(derivePublic(seed));
        if (!selfTest(priv, pub)) {
            throw new CertificationException("certify.error.key-not-ed25519");
        }
        Optional<String> subject = Optional.empty();
        int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
        for (String line : pem.substring(0, begin).split("\\R")) {
            if (line.startsWith(SUBJECT)) {
                subject = clean(line.substring(SUBJECT.length()));
            }
        }
        return new SigningKey(priv, pub, subject);
    }

    /**
     * Reads an Ed25519 public key from X.509 SubjectPublicKeyInfo PEM text.
     *
     * @param pem the file's text
     * @return the key
     * @throws CertificationException if there is no Ed25519 public key in the text
     */
    public static PublicKey readPublicKey(String pem) {
        byte[] der = block(pem, "PUBLIC KEY").orElseThrow(() -> new CertificationException("certify.error.key-not-pem",
                "PUBLIC KEY"));
        return decodePublic(der).orElseThrow(() -> new CertificationException("certify.error.key-not-ed25519"));
    }

    /** An Ed25519 public key from its X.509 encoding, or empty. */
    static Optional<PublicKey> decodePublic(byte[] der) {
        try {
            PublicKey k = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
            return isEd25519(k) ? Optional.of(k) : Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> block(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int b = pem.indexOf(begin);
        int e = b < 0 ? -1 : pem.indexOf(end, b);
        if (b < 0 || e < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getMimeDecoder().decode(pem.substring(b + begin.length(), e).strip()));
        } catch (IllegalArgumentException x) {
            return Optional.empty();
        }
    }

    static boolean isEd25519(Key k) {
        return k instanceof EdECKey ed && ed.getParams() != null
                && ALGORITHM.equalsIgnoreCase(ed.getParams().getName());
    }

    /** {@code sha256:} and the hexadecimal SHA-256 of the key's X.509 encoding. */
    static String keyId(PublicKey key) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with an Ed25519 key", e);
        }
    }

    static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // a malformed signature is a bad signature
        }
    }

    private static boolean selfTest(PrivateKey priv, PublicKey pub) {
        byte[] probe = "civicdata key check".getBytes(StandardCharsets.US_ASCII);
        return verify(pub, probe, sign(priv, probe));
    }

    private static PublicKey publicKey(byte[] encoded) {
        byte[] der = new byte[SPKI_PREFIX.length + 32];
        System.arraycopy(SPKI_PREFIX, 0, der, 0, SPKI_PREFIX.length);
        System.arraycopy(encoded, 0, der, SPKI_PREFIX.length, 32);
        return decodePublic(der).orElseThrow(() -> new CertificationException("certify.error.key-not-ed25519"));
    }

    // ---------------------------------------------------------------- RFC 8032 §5.1.5: A = [s]B

    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger D = BigInteger.valueOf(-121665)
            .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final BigInteger[] BASE = {
        new BigInteger("15112221349535400772501151409588531511454012693041857206046113283949847762202"),
        new BigInteger("46316835694926478169428394003475163141307993866256225615783033603165251855960")};

    /** The 32-byte encoded public key of a 32-byte private key (seed). */
    static byte[] derivePublic(byte[] seed) {
        byte[] h;
        try {
            h = MessageDigest.getInstance("SHA-512").digest(seed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-512 is part of every Java platform", e);
        }
        h[0] &= (byte) 248;
        h[31] &= 127;
        h[31] |= 64;
        byte[] le = new byte[32];
        for (int i = 0; i < 32; i++) {
            le[i] = h[31 - i];
        }
        BigInteger s = new BigInteger(1, le);
        BigInteger[] a = {BigInteger.ZERO, BigInteger.ONE};
        for (int i = s.bitLength() - 1; i >= 0; i--) {
            a = add(a, a);
            if (s.testBit(i)) {
                a = add(a, BASE);
            }
        }
        byte[] y = a[1].toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < 32 && i < y.length; i++) {
            out[i] = y[y.length - 1 - i];
        }
        if (a[0].testBit(0)) {
            out[31] |= (byte) 0x80;
        }
        return out;
    }

    private static BigInteger[] add(BigInteger[] p, BigInteger[] q) {
        BigInteger x1y2 = p[0].multiply(q[1]);
        BigInteger x2y1 = q[0].multiply(p[1]);
        BigInteger y1y2 = p[1].multiply(q[1]);
        BigInteger x1x2 = p[0].multiply(q[0]);
        BigInteger t = D.multiply(x1x2).multiply(y1y2).mod(P);
        BigInteger x = x1y2.add(x2y1).multiply(BigInteger.ONE.add(t).modInverse(P)).mod(P);
        BigInteger y = y1y2.add(x1x2).multiply(BigInteger.ONE.subtract(t).mod(P).modInverse(P)).mod(P);
        return new BigInteger[] {x, y};
    }
}
