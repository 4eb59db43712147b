package dev.jera.local.record;

import java.nio.file.Path;

/**
 * Where run records go: {@code $JERA_HOME/runs/}, or {@code .jera/runs/} under the current directory.
 */
public final class RunHome {
  /** The environment variable that moves the records. */
  public static final String VARIABLE = "JERA_HOME";

  private RunHome() {}

  /** {@code $JERA_HOME}, or {@code .jera} in the current directory. */
  public static Path fromEnvironment() {
    return from(System.getenv());
  }

  /** {@code JERA_HOME} of {@code environment}, or {@code .jera} in the current directory. */
  public static Path from(java.util.Map<String, String> environment) {
    String home = environment.get(VARIABLE);
    return home == null || home.isBlank() ? Path.of(".jera") : Path.of(home);
  }

  /** The folder holding one folder per run. */
  public static Path runs(Path home) {
    return home.resolve("runs");
  }

  /** What the run recorded in {@code folder} is and which process runs it, written first. */
  public static Path start(Path folder) {
    return folder.resolve(RunRecorder.START);
  }

  /** The summary of the run recorded in {@code folder}, written last (absent while it runs). */
  public static Path summary(Path folder) {
    return folder.resolve(RunRecorder.SUMMARY);
  }
}
