package dev.jera.cli.testing;

import dev.jera.local.testing.JavaProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code jera} command line in a JVM of its own, as a user starts it, with the tests' class path and the
 * test catalog's workflows on it; with the running JDK or another one installed on this machine.
 */
public final class JeraProcess extends JavaProcess {
  private JeraProcess(Path javaHome, Path folder) {
    super(javaHome, folder);
  }

  /** Runs with the JDK running the tests, in {@code folder} (its working directory and {@code JERA_HOME}). */
  public static JeraProcess current(Path folder) {
    return new JeraProcess(Path.of(System.getProperty("java.home")), folder);
  }

  /** Runs with the JDK installed at {@code javaHome}. */
  public static JeraProcess with(Path javaHome, Path folder) {
    return new JeraProcess(javaHome, folder);
  }

  /** The command line of {@code jera args}, with {@code jvmOptions} before the main class. */
  public List<String> command(List<String> jvmOptions, String... args) {
    return java(jvmOptions, "dev.jera.cli.Jera", args);
  }

  /** Starts {@code jera args} without waiting; its output goes to {@code out} and {@code err} in the folder. */
  public Process start(List<String> jvmOptions, Map<String, String> environment, String... args) throws IOException {
    return start(command(jvmOptions, args), environment);
  }

  /** Runs {@code jera args} to its end (two minutes at most). */
  public Outcome run(List<String> jvmOptions, Map<String, String> environment, String... args) {
    try {
      return await(start(jvmOptions, environment, args), "jera " + String.join(" ", args));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
