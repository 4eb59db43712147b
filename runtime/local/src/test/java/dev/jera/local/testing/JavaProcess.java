package dev.jera.local.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A JVM of its own, started as a user starts one, with the tests' class path and the test catalog's workflows
 * on it; with the running JDK or another one installed on this machine.
 */
public class JavaProcess {
  private final Path javaHome;
  private final Path folder;

  protected JavaProcess(Path javaHome, Path folder) {
    this.javaHome = javaHome;
    this.folder = folder;
  }

  /** Runs with the JDK running the tests, in {@code folder} (its working directory and {@code JERA_HOME}). */
  public static JavaProcess current(Path folder) {
    return new JavaProcess(Path.of(System.getProperty("java.home")), folder);
  }

  /** Runs with the JDK installed at {@code javaHome}. */
  public static JavaProcess with(Path javaHome, Path folder) {
    return new JavaProcess(javaHome, folder);
  }

  /** How a command ended. */
  public record Outcome(int code, String out, String err) {}

  /**
   * The command line running {@code mainClass} with {@code args}, {@code jvmOptions} before it; its
   * temporary files go where the tests' go (which the build checks are removed) unless they say otherwise.
   */
  public List<String> java(List<String> jvmOptions, String mainClass, String... args) {
    List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin").resolve("java").toString()));
    command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path") + File.pathSeparator + catalog(), mainClass));
    command.addAll(List.of(args));
    return command;
  }

  /** Runs {@code command} (see {@link #java}) to its end (two minutes at most). */
  public Outcome run(List<String> command, Map<String, String> environment) {
    try {
      return await(start(command, environment), String.join(" ", command));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts {@code command} (see {@link #java}) without waiting; its output goes to {@code out} and {@code err} in the folder. */
  public Process start(List<String> command, Map<String, String> environment) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(folder.toFile())
        .redirectOutput(folder.resolve("out").toFile())
        .redirectError(folder.resolve("err").toFile());
    builder.environment().put("JERA_HOME", folder.toString());
    builder.environment().putAll(environment);
    return builder.start();
  }

  protected Outcome await(Process process, String what) throws IOException {
    try {
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new AssertionError(what + " did not end within two minutes");
      }
      return outcome(process.exitValue());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The outcome of a process {@link #start}ed here that ended with {@code code}. */
  public Outcome outcome(int code) throws IOException {
    return new Outcome(code, Files.readString(folder.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(folder.resolve("err"), StandardCharsets.UTF_8));
  }

  private static String catalog() {
    try {
      return Path.of(JavaProcess.class.getResource("/catalog/").toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A JDK installed on this machine whose feature version {@code wanted} accepts, other than the running
   * one: looked for under {@code /usr/lib/jvm} and in the folders the property {@code jera.test.jdks}
   * lists; empty when there is none.
   */
  public static Optional<Path> installedJdk(java.util.function.IntPredicate wanted) {
    List<Path> candidates = new ArrayList<>();
    String listed = System.getProperty("jera.test.jdks", "");
    for (String home : listed.split(File.pathSeparator)) {
      if (!home.isBlank()) {
        candidates.add(Path.of(home));
      }
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> homes = Files.list(jvms)) {
        homes.sorted().forEach(candidates::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path running = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
    for (Path home : candidates) {
      Integer feature = feature(home);
      if (feature != null && wanted.test(feature) && Files.isExecutable(home.resolve("bin").resolve("java"))
          && !home.toAbsolutePath().normalize().equals(running)) {
        return Optional.of(home);
      }
    }
    return Optional.empty();
  }

  /** The feature version a JDK's {@code release} file states, or {@code null}. */
  private static Integer feature(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          String major = version.split("[.+-]")[0];
          return Integer.parseInt(major.equals("1") ? version.split("\\.")[1] : major);
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }
}
