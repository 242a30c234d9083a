package io.github.civicdata.validation.certify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeysTest {

    @Test
    void derivesThePublicKeyOfRfc8032TestVector1() {
        byte[] secret = HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        assertThat(HexFormat.of().formatHex(Keys.derivePublic(secret)))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    }

    @Test
    void derivedPublicKeyIsTheJdksForGeneratedKeys() {
        for (int i = 0; i < 30; i++) {
            SigningKey k = Keys.generate(null);
            byte[] spki = k.publicKey().getEncoded();
            byte[] raw = java.util.Arrays.copyOfRange(spki, spki.length - 32, spki.length);
            byte[] seed = ((java.security.interfaces.EdECPrivateKey) k.privateKey()).getBytes().orElseThrow();
            assertThat(Keys.derivePublic(seed)).isEqualTo(raw);
        }
    }

    @Test
    void pemRoundTripKeepsKeyAndSubject() {
        SigningKey k = Keys.generate("株式会社サンプル 開発部");
        String pem = Keys.privateKeyPem(k);
        assertThat(pem).startsWith("Subject: 株式会社サンプル 開発部\n-----BEGIN PRIVATE KEY-----\n");
        SigningKey back = Keys.readPrivateKey(pem);
        assertThat(back.publicKey().getEncoded()).isEqualTo(k.publicKey().getEncoded());
        assertThat(back.subject()).hasValue("株式会社サンプル 開発部");
        assertThat(back.keyId()).isEqualTo(k.keyId()).matches("sha256:[0-9a-f]{64}");
        assertThat(Keys.readPublicKey(Keys.publicKeyPem(k.publicKey())).getEncoded()).isEqualTo(k.publicKey().getEncoded());
    }

    @Test
    void readsAnOpensslPkcs8KeyWithoutPublicKey() {
        // RFC 8410 §10.3 example private key (as 'openssl genpkey -algorithm ed25519' writes one)
        String pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\n-----END PRIVATE KEY-----\n";
        SigningKey k = Keys.readPrivateKey(pem);
        // RFC 8410 §10.1 gives the matching public key
        assertThat(Base64.getEncoder().encodeToString(k.publicKey().getEncoded()))
                .isEqualTo("MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=");
        assertThat(k.subject()).isEmpty();
    }

    @Test
    void refusesWhatIsNotAnUnencryptedEd25519Key() {
        assertThatThrownBy(() -> Keys.readPrivateKey("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----"))
                .isInstanceOf(CertificationException.class).extracting(e -> ((CertificationException) e).key())
                .isEqualTo("certify.error.key-encrypted");
        assertThatThrownBy(() -> Keys.readPrivateKey("hello")).isInstanceOf(CertificationException.class);
        assertThatThrownBy(() -> Keys.readPrivateKey("-----BEGIN PRIVATE KEY-----\n!!!\n-----END PRIVATE KEY-----"))
                .isInstanceOf(CertificationException.class);
        assertThatThrownBy(() -> Keys.readPublicKey("-----BEGIN PUBLIC KEY-----\nMAA=\n-----END PUBLIC KEY-----"))
                .isInstanceOf(CertificationException.class);
    }

    @Test
    void signaturesVerifyOnlyForTheSignedBytes() {
        SigningKey k = Keys.generate(null);
        byte[] data = "abc".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] sig = Keys.sign(k.privateKey(), data);
        assertThat(Keys.verify(k.publicKey(), data, sig)).isTrue();
        assertThat(Keys.verify(k.publicKey(), "abd".getBytes(java.nio.charset.StandardCharsets.UTF_8), sig)).isFalse();
        sig[3] ^= 1;
        assertThat(Keys.verify(k.publicKey(), data, sig)).isFalse();
        assertThat(Keys.verify(k.publicKey(), data, new byte[5])).isFalse();
    }
}
