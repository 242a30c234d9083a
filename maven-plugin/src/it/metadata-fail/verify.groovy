// the build failed (invoker.properties) for the defective record, with the summary in Japanese (lang=ja)
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def json = new JsonSlurper().parse(new File(basedir, 'target/civicdata/civicdata-metadata.json'))
assert json.counts.error > 0
assert json.sources.size() == 2
assert log.contains("エラー ${json.counts.error} 件")
assert log.contains('BUILD FAILURE')
assert !log.readLines().any { it.contains('Exception') && !(it =~ /MojoFailureException|LifecycleExecutionException/) }
return true
