// the build passed (invoker.properties); check what it wrote and logged
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/civicdata')

def json = new JsonSlurper().parse(new File(out, 'civicdata-validate.json'))
assert json.counts.error == 0 : "errors in the clean AED files: ${json.counts}"
// the directory was searched recursively and notes.md left out: two CSV files
assert json.sources.size() == 2 : "sources: ${json.sources}"
assert json.sources.every { it.name.endsWith('.csv') }
def sarif = new JsonSlurper().parse(new File(out, 'civicdata-validate.sarif'))
assert sarif.version == '2.1.0'
assert log.contains('civicdata civicdata-validate: 0 error(s)')

def meta = new JsonSlurper().parse(new File(out, 'civicdata-metadata.json'))
assert meta.counts.error == 0 : "errors in the clean records: ${meta.counts}"
assert meta.sources.size() == 3
assert new File(out, 'civicdata-metadata.xml').text.contains('<testsuite')

def ttl = new File(out, 'catalog.ttl').text
assert ttl.contains('dcat:Catalog') || ttl.contains('http://www.w3.org/ns/dcat#Catalog')
assert log.contains('3 record(s) exported')
// no temporary file left beside the outputs
assert !out.listFiles().any { it.name.endsWith('.tmp') }
return true
