package dev.jera.runtime.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs each step in a JVM of its own, as Argo's container runs it: the template's command and args,
 * with {@code java} taken from the running JVM and the image's class path replaced by this one; the
 * substituted {@code source} written to {@code inputs.json} in the step's folder and its path appended;
 * the step's secrets, and no others, in the environment. The result is stdout with one trailing newline
 * trimmed; stderr goes to the step's log. A step that overruns its timeout is killed with its children.
 */
public final class IsolatedLauncher implements StepLauncher {
  private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(IsolatedLauncher::destroy), "jera-stop-steps"));
  }

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
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString();
  }

  @Override
  public AttemptOutcome launch(StepLaunch launch) throws InterruptedException {
    List<String> command = new java.util.ArrayList<>(
        JavaInvocation.parse(launch.argv()).localized(javaExecutable, classpath));
    Path stdout = launch.folder().resolve("stdout");
    long logStart;
    try {
      if (!launch.inputs().isEmpty()) {
        Path inputs = launch.folder().resolve("inputs.json");
        Files.writeString(inputs, launch.inputs(), StandardCharsets.UTF_8);
        command.add(inputs.toAbsolutePath().toString());
      }
      logStart = Files.exists(launch.log()) ? Files.size(launch.log()) : 0;
    } catch (IOException e) {
      return AttemptOutcome.error("cannot prepare " + launch.folder() + ": " + e.getMessage());
    }
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.appendTo(launch.log().toFile()));
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("JERA_SECRET_"));
    environment.putAll(launch.environment());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return AttemptOutcome.error("cannot start " + command.get(0) + ": " + e.getMessage());
    }
    LIVE.add(process);
    try {
      boolean exited = true;
      if (launch.timeout() == null) {
        process.waitFor();
      } else {
        exited = process.waitFor(launch.timeout().toNanos(), TimeUnit.NANOSECONDS);
      }
      if (!exited) {
        destroy(process);
        appendToLog(launch, "jera: " + launch.step() + " exceeded its timeout of " + launch.timeout() + "; its process was killed");
        return AttemptOutcome.deadlineExceeded();
      }
      int code = process.exitValue();
      if (code == 0) {
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        return AttemptOutcome.succeeded(out.endsWith("\n") ? out.substring(0, out.length() - 1) : out);
      }
      return AttemptOutcome.exited(code, Diagnostics.reason(logSince(launch.log(), logStart)));
    } catch (IOException e) {
      return AttemptOutcome.error("cannot read the output of " + launch.step() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      destroy(process);
      throw e;
    } finally {
      LIVE.remove(process);
      try {
        Files.deleteIfExists(stdout);
      } catch (IOException e) {
        // The record keeps a stray stdout file; the result is already read.
      }
    }
  }

  private static void destroy(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void appendToLog(StepLaunch launch, String line) {
    try {
      Files.writeString(launch.log(), line + System.lineSeparator(), StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> logSince(Path log, long offset) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      byte[] bytes = new byte[(int) Math.max(0, file.length() - offset)];
      file.seek(offset);
      file.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }
  }
}
