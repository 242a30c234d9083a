// Test-only key material, generated for this build and never committed: an Ed25519 key pair in the
// PEM forms civicdata keygen writes (PKCS#8 private key, X.509 public key), made with the JDK alone.
import java.security.KeyPairGenerator

def pem = { String label, byte[] der ->
    "-----BEGIN ${label}-----\n" + Base64.getMimeEncoder(64, '\n'.bytes).encodeToString(der) + "\n-----END ${label}-----\n"
}
def keys = new File(basedir, 'target/test-keys')
keys.mkdirs()
['vendor', 'other'].each { name ->
    def kp = KeyPairGenerator.getInstance('Ed25519').generateKeyPair()
    new File(keys, "${name}.key.pem").text = pem('PRIVATE KEY', kp.private.encoded)
    new File(keys, "${name}.pub.pem").text = pem('PUBLIC KEY', kp.public.encoded)
}
return true
