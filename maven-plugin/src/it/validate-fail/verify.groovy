// the build failed (invoker.properties); check that it failed for the findings, with the summary,
// after writing every report
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/civicdata')

def json = new JsonSlurper().parse(new File(out, 'civicdata-validate.json'))
assert json.counts.error > 0
assert json.sources.size() == 1
assert new File(out, 'civicdata-validate.sarif').isFile()
assert new File(out, 'civicdata-validate.xml').text.contains('<testsuite')
assert new File(out, 'civicdata-validate.txt').text.contains('aed_defects_sjis.csv')

def summary = "civicdata civicdata-validate: ${json.counts.error} error(s), ${json.counts.warning} warning(s)"
assert log.contains(summary) : "summary '${summary}' not in the log"
assert log.contains('BUILD FAILURE')
// the findings are in the log as errors, with file and rule
assert log.readLines().any { it.startsWith('[ERROR]') && it.contains('aed_defects_sjis.csv') && it.contains('L1-') }
// a failure for the data, not a crash of the plugin
assert !log.readLines().any { it.contains('Exception') && !(it =~ /MojoFailureException|LifecycleExecutionException/) }
return true
