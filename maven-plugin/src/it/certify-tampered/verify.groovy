// certify-verify on a delivery where one cell of aed.csv changed on the way (same size): the build
// fails, naming the changed file; the certificate still binds the bytes the vendor certified
import groovy.json.JsonSlurper
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def certFile = new File(basedir, 'target/civicdata/certificate.json')
def cert = new JsonSlurper().parse(certFile)
def sha256 = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def original = new File(basedir, 'data/aed.csv')
def received = new File(basedir, 'target/received/aed.csv')

assert cert.subjects*.name == ['aed.csv']
assert cert.subjects[0].sha256 == sha256(original)
assert cert.subjects[0].sha256 != sha256(received)
assert original.length() == received.length()

// the certificate was written and verified as valid by the vendor's own build step…
assert log.contains("Certificate ${certFile.absolutePath} written")
// …and the received file is named as changed, the build failing with the summary
assert log.readLines().any { it.startsWith('[ERROR] file-changed: The file aed.csv changed') && it.contains(cert.subjects[0].sha256) }
assert log.contains("Not valid: ${certFile.absolutePath} does not hold (")
assert log.contains('Signed by the trusted key sha256:')
assert log.contains('BUILD FAILURE')
assert !log.readLines().any { it.contains('Exception') && !(it =~ /MojoFailureException|LifecycleExecutionException/) }
return true
