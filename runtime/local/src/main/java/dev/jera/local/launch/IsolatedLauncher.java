package dev.jera.local.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs each step in a JVM of its own, as Argo's container runs it: the template's command and args,
 * with {@code java} taken from the running JVM and the image's class path replaced by this one; the
 * substituted {@code source} written to {@code inputs.json} in the step's folder and its path appended;
 * the step's own variables (secrets, values, ConfigMap keys), and no other secrets, in the environment;
 * {@code JERA_ARTIFACTS} naming its artifacts root. The result is stdout with one trailing newline
 * trimmed; stderr goes to the step's log. Its {@code java.io.tmpdir} is a folder of its own, removed after
 * the attempt. A step that overruns its timeout is killed with its children.
 */
public final class IsolatedLauncher implements StepLauncher {
  private final String javaExecutable;
  private final String classpath;

  /** Launches with this JVM's {@code java} and class path. */
  public IsolatedLauncher() {
    this(runningJava(), System.getProperty("java.class.path"));
  }

  /** Launches with the given {@code java} executable and class path. */
  public IsolatedLauncher(String javaExecutable, String classpath) {
    this.javaExecutable = javaExecutable;
    this.classpath = classpath;
  }

  /** The {@code java} of the running JVM. */
  static String runningJava() {
    return Path.of(System.getProperty("java.home"), "bin", ProcessStep.WINDOWS ? "java.exe" : "java").toString();
  }

  @Override
  public AttemptOutcome launch(StepLaunch launch) throws InterruptedException {
    List<String> command = new ArrayList<>(JavaInvocation.parse(launch.argv()).localized(javaExecutable, classpath));
    // A temporary folder of its own, removed after the attempt, as a container's /tmp goes with it.
    command.add(1, "-Djava.io.tmpdir=" + ProcessStep.temporaryFolder(launch));
    return ProcessStep.run(command, launch, null);
  }
}
