// Starts the fake Argo Server (jera-cli's tests) on loopback, as a process of its own that ends with this JVM, and
// gives its address to the builds as -Djera.argo.server in .mvn/maven.config. The CronWorkflow's load step fails there.
def dir = new File(basedir, 'fake-argo')
dir.mkdirs()
def java = new File(System.getProperty('java.home'), 'bin/java').path
def classPath = new File(fakeArgoServerClassPathFile).text.trim()
def command = [java, '-Djera.argoSchemas=' + argoSchemas, '-cp', classPath,
    'dev.jera.cli.cluster.testing.FakeArgoServerMain', dir.path,
    '--namespace', 'argo',
    '--parent', String.valueOf(ProcessHandle.current().pid()),
    '--fail', 'load=the warehouse is closed']
def process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File(dir, 'server.log')).start()
def address = new File(dir, 'address')
for (int i = 0; i < 600 && !address.exists() && process.alive; i++) {
  Thread.sleep(100)
}
assert address.exists() : "the fake Argo Server did not start: ${new File(dir, 'server.log').text}"
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Djera.argo.server=${address.text.trim()}\n"
return true
