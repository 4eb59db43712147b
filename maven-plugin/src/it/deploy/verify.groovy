import groovy.json.JsonSlurper

// Stop the fake Argo Server: it writes what it received and holds, then 'done'.
def dir = new File(basedir, 'fake-argo')
new File(dir, 'stop').text = ''
def done = new File(dir, 'done')
for (int i = 0; i < 300 && !done.exists(); i++) {
  Thread.sleep(100)
}
assert done.exists() : "the fake Argo Server did not stop: ${new File(dir, 'server.log').text}"

// build.log holds the invocations one after another; each starts with Maven's "Scanning for projects".
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD ') }
assert runs.size() == 7 : "expected 7 invocations in build.log, found ${runs.size()}"
def (packaged, applied, submitted, badParameter, failed, refused, dryRun) = runs

// The token reached the server (every request but those of invocation 6 carried it) and was printed nowhere.
assert !log.contains('s3cret-t0ken') : 'the token was printed'

// 1: mvn package built the image and pinned the manifests to its digest
assert packaged.contains('BUILD SUCCESS')
def pinned = new File(basedir, 'target/argo-pinned/pricing.yaml')
assert pinned.isFile() && pinned.text =~ /image: registry\.example\.com\/it-deploy@sha256:[0-9a-f]{64}/

// 2: apply from the pinned copies, the template before the CronWorkflow; again: nothing changes; lint: all ok
assert applied =~ /jera: applying 2 to namespace 'argo' at https:\/\/127\.0\.0\.1:\d+, digest-pinned copies from \S*argo-pinned/
def firstApply = applied.indexOf("created   WorkflowTemplate 'pricing'")
assert firstApply >= 0 && firstApply < applied.indexOf("created   CronWorkflow 'nightly-load'")
assert applied =~ /(?m)^unchanged WorkflowTemplate 'pricing'$/
assert applied =~ /(?m)^unchanged CronWorkflow 'nightly-load'$/
assert applied.contains('jera: applied 2: 2 created')
assert applied.contains('jera: applied 2: 2 unchanged')
assert applied =~ /(?m)^ok +Workflow 'daily-sales'$/
assert applied.contains('BUILD SUCCESS')

// 3: submit --watch followed the workflow to its end and reported it as a local run does; list shows the run
def name = (submitted =~ /(?m)^submitted (daily-sales-[a-z0-9]{5}) in namespace 'argo'$/)
assert name.find() : 'no submitted line'
def workflow = name.group(1)
assert submitted =~ /(?m)^extract +Succeeded +1 /
assert submitted =~ /(?m)^taxed +Succeeded +1 /
assert submitted =~ /(?m)^total +Succeeded +1 /
assert submitted =~ /(?m)^${workflow} Succeeded in \S+/
assert submitted =~ /(?m)^${workflow} +Succeeded +\S+/
assert submitted.contains('BUILD SUCCESS')

// 4: a value the parameter does not allow fails the build before any request, in Maven's words
assert badParameter =~ /(?m)^\[ERROR\] Failed to execute goal dev\.jera:jera-maven-plugin:[^:]+:submit \(default-cli\) on project deploy: jera: parameter 'region' \(-Djera\.param\.region=west\) is 'west' but must be one of north, south -> \[Help 1\]$/

// 5: the CronWorkflow ran once through the submit endpoint, and its failure is the build's, in one line
def failure = (failed =~ /(?m)^\[ERROR\] Failed to execute goal dev\.jera:jera-maven-plugin:[^:]+:submit \(default-cli\) on project deploy: (.*) -> \[Help 1\]$/)
assert failure.find() : 'no one-line failure for the failed workflow'
assert failure.group(1) =~ /^workflow nightly-load-[a-z0-9]{5} Failed in \S+: .*the warehouse is closed/
assert failed.contains('(from CronWorkflow \'nightly-load\')')

// 6: a token the server refuses: the server's answer named, what to check, and nothing retried
def unauthorized = (refused =~ /(?m)^\[ERROR\] Failed to execute goal dev\.jera:jera-maven-plugin:[^:]+:apply \(default-cli\) on project deploy: (.*) -> \[Help 1\]$/)
assert unauthorized.find() : 'no one-line failure for the refused token'
assert unauthorized.group(1).contains("refused the credentials")
assert unauthorized.group(1).contains("check ARGO_TOKEN: it does not start with 'Bearer '")
assert unauthorized.group(1).endsWith('(as properties: ARGO_TOKEN is -Djera.argo.token)')
assert !refused.contains('not-a-bearer-token') : 'the refused token was printed'

// 7: --dry-run printed the requests of a submit, the pinned image in its body, and sent none
assert dryRun =~ /(?m)^GET \/api\/v1\/workflow-templates\/argo\/pricing$/
assert dryRun =~ /(?m)^POST \/api\/v1\/workflows\/argo \{"namespace":"argo","workflow":\{.*registry\.example\.com\/it-deploy@sha256:[0-9a-f]{64}.*\}$/
assert dryRun.contains('BUILD SUCCESS')

// The server's side: every request and answer kept to the API's contract; what it holds and was sent.
def violations = new File(dir, 'violations.txt').readLines()
assert violations.isEmpty() || violations == ['unchecked'] : "requests that break Argo's API: ${violations}"
if (violations == ['unchecked']) {
  println 'deploy IT: Argo\'s swagger.json was not found, so requests were not checked against it'
}
def requests = new File(dir, 'requests.txt').readLines()
assert requests.count { it == 'POST /api/v1/workflow-templates/argo' } == 1
assert requests.count { it == 'POST /api/v1/cron-workflows/argo' } == 1
assert requests.count { it.startsWith('PUT ') } == 0 : 'the second apply changed something'
assert requests.count { it == 'POST /api/v1/workflows/argo' } == 1
assert requests.count { it == 'POST /api/v1/workflows/argo/submit' } == 1
assert requests.findAll { it.endsWith('(unauthorized)') }.size() == 1 : "only invocation 6 lacks the token: ${requests}"
def held = new JsonSlurper().parse(new File(dir, 'resources.json'))
assert held.WorkflowTemplate*.metadata*.name == ['pricing']
assert held.WorkflowTemplate[0].spec.templates.find { it.name == 'tax' }.script.image =~ /@sha256:[0-9a-f]{64}$/
assert held.CronWorkflow*.metadata*.name == ['nightly-load']
assert held.Workflow.collect { it.metadata.name.replaceAll(/-[a-z0-9]{5}$/, '') + ' ' + it.status.phase }.sort() ==
    ['daily-sales Succeeded', 'nightly-load Failed']
return true
