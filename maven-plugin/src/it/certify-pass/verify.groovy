// certify then certify-verify on the same folder with the vendor's public key: the build passes; the
// certificate names both files as the CLI names them, is signed by the test key, and binds each
// file's bytes
import groovy.json.JsonSlurper
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def certFile = new File(basedir, 'target/civicdata/aed-cert.json')
assert certFile.isFile()
def cert = new JsonSlurper().parse(certFile)
def sha256 = { byte[] b -> MessageDigest.getInstance('SHA-256').digest(b).encodeHex().toString() }

assert cert.type == 'civicdata-certificate'
assert cert.issuer == 'Example Vendor (test)'
assert cert.template.kind == 'template' && cert.template.id == 'aed'
assert cert.templateVerdict == 'conforms'
assert cert.level >= 2
// a folder's files by their path inside it, sorted
assert cert.subjects*.name == ['2024/aed.csv', 'aed.csv']
['2024/aed.csv', 'aed.csv'].each { name ->
    def s = cert.subjects.find { it.name == name }
    def bytes = new File(basedir, "data/${name}").bytes
    assert s.size == bytes.length
    assert s.sha256 == sha256(bytes)
}
// signed by the key setup.groovy made: keyId is the SHA-256 of the public key's X.509 encoding
def pub = new File(basedir, 'target/test-keys/vendor.pub.pem').text
def der = Base64.getMimeDecoder().decode(pub.replaceAll(/-----[A-Z ]+-----/, '').trim())
assert cert.signature.algorithm == 'Ed25519'
assert cert.signature.keyId == 'sha256:' + sha256(der)
assert new File(basedir, 'target/civicdata/aed-cert.html').text.contains('<html')

assert log.contains("Certificate ${certFile.absolutePath} written: level ${cert.level} for 2 file(s), template conforms, signature ${cert.signature.keyId}")
assert log.contains("Signed by the trusted key ${cert.signature.keyId}.")
assert log.contains("Valid: ${certFile.absolutePath} holds for its 2 file(s) (level ${cert.level}).")
assert log.contains('BUILD SUCCESS')
return true
