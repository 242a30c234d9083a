// certify-verify with a public key that is not the one the certificate was signed with: the build
// fails with key-not-trusted; the files themselves are unchanged
import groovy.json.JsonSlurper
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def certFile = new File(basedir, 'target/civicdata/certificate.json')
def cert = new JsonSlurper().parse(certFile)
def keyId = { String name ->
    def pem = new File(basedir, "target/test-keys/${name}.pub.pem").text
    'sha256:' + MessageDigest.getInstance('SHA-256')
            .digest(Base64.getMimeDecoder().decode(pem.replaceAll(/-----[A-Z ]+-----/, '').trim())).encodeHex()
}

assert cert.signature.keyId == keyId('vendor')
assert cert.signature.keyId != keyId('other')
assert log.readLines().any {
    it.startsWith('[ERROR] key-not-trusted: ') && it.contains(keyId('vendor')) && it.contains(keyId('other'))
}
assert !log.contains('file-changed')
assert log.contains("Not valid: ${certFile.absolutePath} does not hold (1 mismatch(es)).")
assert log.contains('BUILD FAILURE')
assert !log.readLines().any { it.contains('Exception') && !(it =~ /MojoFailureException|LifecycleExecutionException/) }
return true
