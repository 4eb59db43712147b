// build.log holds the four invocations one after another; each starts with Maven's "Scanning for projects".
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD ') }
assert runs.size() == 4 : "expected 4 invocations in build.log, found ${runs.size()}"

def (listAndRun, isolated, broken, badParameter) = runs

// 1: jera:list and jera:run, the prefix resolved from the pom
assert listAndRun =~ /(?m)^broken\s+Workflow\s+main\s+load$/
assert listAndRun =~ /(?m)^greeting\s+Workflow\s+main\s+hello, shout$/
assert listAndRun =~ /(?m)^shout\s+Succeeded\s+1\s+\S+\s+HELLO, MAVEN \(class path: project\)$/
assert listAndRun =~ /(?m)^greeting-[a-z0-9]{5} Succeeded in \S+; record: \.jera\/runs\/\S+greeting-[a-z0-9]{5}$/
assert listAndRun.contains('BUILD SUCCESS')

// 2: --isolated: every step a JVM of its own, started with the project's class path (not Maven's), as
// many at once as the machine fits
assert isolated =~ /\(a JVM per step, at most \d+ at once\)/
def document = new File(basedir, 'target/run.json').text
assert document.startsWith('{') && document.endsWith('}\n') : 'target/run.json holds more than the JSON document'
def json = new groovy.json.JsonSlurper().parseText(document)
assert json.run.mode == 'isolated'
assert json.phase == 'Succeeded'
assert json.steps.shout.result == 'HELLO, ISOLATED (class path: project)'
assert isolated =~ /(?m)^greeting-[a-z0-9]{5} Succeeded in \S+; record: /
assert !isolated.contains('ClassNotFoundException')
assert isolated.contains('BUILD SUCCESS')

// 3: a failed workflow fails the build with one line saying how it ended and where its record is
def failed = (broken =~ /(?m)^\[ERROR\] Failed to execute goal dev\.jera:jera-maven-plugin:[^:]+:run \(default-cli\) on project run: (.*) -> \[Help 1\]$/)
assert failed.find() : 'no one-line failure for the broken workflow'
assert failed.group(1) =~ /^workflow broken-[a-z0-9]{5} Failed in \S+: .*java\.lang\.IllegalStateException: the warehouse is closed.*; record: \.jera\/runs\/\S+$/
assert broken.contains('java.lang.IllegalStateException: the warehouse is closed')
assert broken.contains('BUILD FAILURE')

// 4: a parameter the workflow does not have: the command's line, naming the Maven property given
assert badParameter =~ /(?m)^\[ERROR\] Failed to execute goal dev\.jera:jera-maven-plugin:[^:]+:run \(default-cli\) on project run: jera: workflow 'greeting' has no parameter 'nmae' \(-Djera\.param\.nmae=typo\); did you mean 'name'\? \(parameters: name\) -> \[Help 1\]$/
assert !badParameter.contains('jera: hello started') : 'no step may run when a parameter is wrong'

// Every run left its record in the project's folder, as the jera command does.
def records = new File(basedir, '.jera/runs').listFiles().findAll { it.isDirectory() }
assert records.size() == 3 : "expected 3 run records, found ${records*.name}"
return true
