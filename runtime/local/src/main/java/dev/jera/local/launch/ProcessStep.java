package dev.jera.local.launch;

import dev.jera.runner.StepInputs;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs one attempt as a process of this machine, as a container runs its command: the substituted
 * {@code source} written to {@code inputs.json} in the step's folder and its path appended (Argo
 * appends its script file); this process's environment without the run's Secret and ConfigMap
 * variables, plus the step's own and {@code JERA_ARTIFACTS}; the result is stdout with one trailing
 * newline trimmed, stderr goes to the step's log, with the run's secrets masked. The attempt has a
 * temporary folder of its own ({@code TMPDIR}), removed when it ends. A process that overruns its timeout is killed with
 * its children, and so is every live one when this JVM exits ({@code ActiveRuns} of the engine), even when it is
 * killed itself ({@link StepReaper}).
 */
public final class ProcessStep {
  /** Whether this machine runs Windows, whose executables, null device and paths differ. */
  public static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

  private ProcessStep() {}

  /**
   * Runs {@code command} for {@code launch} in {@code directory} ({@code null}: this JVM's) and waits.
   */
  static AttemptOutcome run(List<String> command, StepLaunch launch, File directory) throws InterruptedException {
    List<String> argv = new ArrayList<>(command);
    Path stdout = launch.folder().resolve("stdout");
    Path temporary = temporaryFolder(launch);
    long logStart;
    try {
      Files.createDirectories(temporary);
      if (!launch.inputs().isEmpty()) {
        Path inputs = launch.folder().resolve("inputs.json");
        Files.writeString(inputs, launch.inputs(), StandardCharsets.UTF_8);
        argv.add(inputs.toAbsolutePath().toString());
      }
      logStart = Files.exists(launch.log()) ? Files.size(launch.log()) : 0;
    } catch (IOException e) {
      return AttemptOutcome.error("cannot prepare " + launch.folder() + ": " + e.getMessage());
    }
    ProcessBuilder builder = new ProcessBuilder(argv)
        .directory(directory)
        .redirectOutput(stdout.toFile());
    StderrToLog errors = StderrToLog.prepare(builder, launch.log(), launch.mask());
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("JERA_SECRET_") || name.startsWith("JERA_CONFIGMAP_"));
    environment.putAll(launch.environment());
    environment.put(StepInputs.ARTIFACTS_VARIABLE, launch.artifacts().toAbsolutePath().toString());
    if (!launch.environment().containsKey("TMPDIR")) {
      environment.put("TMPDIR", temporary.toAbsolutePath().toString());
    }
    Process process;
    StepReaper.prepare();
    try {
      process = builder.start();
    } catch (IOException e) {
      Folders.delete(temporary);
      return AttemptOutcome.error("cannot start " + argv.get(0) + ": " + e.getMessage());
    }
    LIVE.add(process);
    StepReaper.watch(process);
    try {
      errors.started(process);
      boolean exited = true;
      if (launch.timeout() == null) {
        process.waitFor();
      } else {
        exited = process.waitFor(launch.timeout().toNanos(), TimeUnit.NANOSECONDS);
      }
      if (!exited) {
        destroy(process);
        errors.ended();
        appendToLog(launch, "jera: " + launch.step() + " exceeded its timeout of " + launch.timeout() + "; its process was killed");
        return AttemptOutcome.deadlineExceeded();
      }
      int code = process.exitValue();
      errors.ended();
      if (code == 0) {
        return succeeded(stdout);
      }
      return AttemptOutcome.exited(code, FailureReason.reason(logSince(launch.log(), logStart)));
    } catch (IOException e) {
      destroy(process);
      return AttemptOutcome.error("cannot read the output of " + launch.step() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      destroy(process);
      errors.ended();
      throw e;
    } finally {
      LIVE.remove(process);
      StepReaper.forget(process);
      errors.ended();
      Folders.delete(temporary);
      try {
        Files.deleteIfExists(stdout);
      } catch (IOException e) {
        // The record keeps a stray stdout file; the result is already read.
      }
    }
  }

  /**
   * A succeeded attempt whose result is what it printed to {@code stdout}, one trailing newline trimmed as
   * Argo trims it (bytes that are not UTF-8 replaced, as Argo's JSON does); in Error without reading it when
   * it is more than Argo keeps ({@link ResultLimit}), so no output, however large, fills this JVM's memory.
   */
  static AttemptOutcome succeeded(Path stdout) throws IOException {
    long size = Files.size(stdout);
    if (size > ResultLimit.MAX_BYTES) {
      String problem = ResultLimit.problem(size - (lastByte(stdout) == '\n' ? 1 : 0));
      if (problem != null) {
        return AttemptOutcome.error(problem);
      }
    }
    String out = new String(Files.readAllBytes(stdout), StandardCharsets.UTF_8);
    return AttemptOutcome.succeeded(out.endsWith("\n") ? out.substring(0, out.length() - 1) : out);
  }

  private static int lastByte(Path file) throws IOException {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      in.seek(in.length() - 1);
      return in.read();
    }
  }

  /**
   * The attempt's own temporary folder ({@code TMPDIR}, and {@code java.io.tmpdir} of a JVM of its own),
   * removed when it ends, as a container's {@code /tmp} goes with it.
   */
  static Path temporaryFolder(StepLaunch launch) {
    return launch.folder().resolve("tmp").toAbsolutePath();
  }

  /** Kills {@code process} (an init container's or sidecar's) with the step processes when this JVM exits. */
  static void track(Process process) {
    LIVE.add(process);
    StepReaper.watch(process);
  }

  /** Forgets a process {@link #track} was told of, once it has ended. */
  static void untrack(Process process) {
    LIVE.remove(process);
    StepReaper.forget(process);
  }

  /** Kills every step process still running, with its children: the JVM is about to exit. */
  public static void destroyAll() {
    LIVE.forEach(ProcessStep::destroy);
  }

  /** Kills {@code process} and its children, and waits a little for them to go. */
  public static void destroy(Process process) {
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
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The log's lines written after byte {@code offset}, where this attempt began; of a long log only its
   * last {@link #LOG_TAIL} bytes, without the line they cut, since the reason for a failure is at its end.
   */
  static List<String> logSince(Path log, long offset) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long start = Math.max(offset, file.length() - LOG_TAIL);
      byte[] bytes = new byte[(int) Math.max(0, file.length() - start)];
      file.seek(start);
      file.readFully(bytes);
      List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
      return start > offset && !lines.isEmpty() ? lines.subList(1, lines.size()) : lines;
    }
  }

  /** How much of the end of a step's log is read for the reason it failed. */
  static final int LOG_TAIL = 64 * 1024;
}
