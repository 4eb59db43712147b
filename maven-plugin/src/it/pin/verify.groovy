def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD ') }
assert runs.size() == 4 : "expected 4 invocations in build.log, found ${runs.size()}"
def (first, stale, refreshed, late) = runs
def manifest = 'target/classes/META-INF/argo/nightly.yaml'
def pinLine = /(?m)^\[INFO\] jera: pinned registry\.example\.com\/it-pin:(\S+) to (sha256:[0-9a-f]{64}) in 1 of 1 manifests; written to target\/argo-pinned$/

// 1: pinned to the digest of the image Jib built in this build
def pinned = (first =~ pinLine)
assert pinned.find() : 'no pin line in the first build'
assert pinned.group(1) == '1.0'
assert first.indexOf('Built image tarball') in 0..<first.indexOf('jera: pinned')

// 2: a changed image property without refresh: javac recompiles nothing, and pin refuses the stale manifest
assert stale.contains('Nothing to compile')
def refused = (stale =~ /(?m)^\[ERROR\] Failed to execute goal dev\.jera:jera-maven-plugin:[^:]+:pin \(default\) on project pin: (.*) -> \[Help 1\]$/)
assert refused.find() : 'pin did not fail on the stale manifest'
assert refused.group(1).startsWith('jera: manifests compiled for another image than the one built, registry.example.com/it-pin:2.0: ' + manifest + ' names registry.example.com/it-pin:1.0;')

// 3: refresh sees the options changed and has the classes compiled again; pin pins the new image
assert refreshed.contains('[INFO] jera: target/classes was compiled with -Ajera.image=registry.example.com/it-pin:1.0 where this build gives registry.example.com/it-pin:2.0: compiling again')
def repinned = (refreshed =~ pinLine)
assert repinned.find() : 'no pin line after refresh'
assert repinned.group(1) == '2.0'
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/jib-image.json'))
assert repinned.group(2) == json.imageDigest
def pinnedManifest = new File(basedir, 'target/argo-pinned/nightly.yaml').text
assert pinnedManifest.contains('image: registry.example.com/it-pin@' + json.imageDigest + '\n')
assert !pinnedManifest.contains('it-pin:')
assert new File(basedir, manifest).text.contains('image: registry.example.com/it-pin:2.0\n')

// 4: Jib bound after pin: pin would pin the previous build's image, and says why it does not
assert late.contains("on project pin: jera:pin: no image is built before jera:pin (at package): jib-maven-plugin's buildTar is bound to verify, after package; bind Jib's buildTar, build or dockerBuild goal to package and declare jera-maven-plugin after jib-maven-plugin")
assert !late.contains('jera: pinned')
return true
