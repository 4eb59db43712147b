package dev.jera.local.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Runs each step in a real container with podman, the way Argo's executor runs a script template:
 * the template's exact {@code command} and {@code args}, the substituted {@code source} mounted
 * read-only at {@code /argo/staging/script} and its path appended, the step's secrets in its
 * environment; with no network, a read-only root file system (a small tmpfs at {@code /tmp}), all
 * capabilities dropped, no new privileges and the image's non-root user. The result is stdout with
 * one trailing newline trimmed, as Argo keeps it.
 */
public final class ContainerLauncher implements StepLauncher {
  /** Where Argo's executor puts a script's source in the container. */
  public static final String SCRIPT_PATH = "/argo/staging/script";

  private final String podman;
  private final String image;
  private final String user;

  /**
   * @param podman the podman executable
   * @param image the image every step runs in (an ID, or a reference podman knows)
   * @param user the numeric user to run as, as Kubernetes' {@code runAsUser} would
   */
  public ContainerLauncher(String podman, String image, String user) {
    this.podman = podman;
    this.image = image;
    this.user = user;
  }

  /** The {@code podman run} line of one attempt, without the step's command. */
  List<String> runOptions(String name, Path inputs, Map<String, String> environment) {
    List<String> options = new ArrayList<>(List.of(
        podman, "run", "--rm", "--name", name,
        "--network=none",
        "--read-only", "--read-only-tmpfs=false", "--tmpfs", "/tmp:rw,size=256m,mode=1777",
        "--cap-drop=ALL", "--security-opt=no-new-privileges",
        "--user", user + ":" + user));
    // Podman asks for limits above this machine's hard ones unless told; stay below them.
    options.addAll(List.of("--ulimit", "nofile=" + HostLimits.openFiles() + ":" + HostLimits.openFiles()));
    options.addAll(List.of("--ulimit", "nproc=" + HostLimits.processes() + ":" + HostLimits.processes()));
    environment.forEach((key, value) -> options.addAll(List.of("--env", key + "=" + value)));
    if (inputs != null) {
      options.addAll(List.of("--volume", inputs.toAbsolutePath() + ":" + SCRIPT_PATH + ":ro"));
    }
    options.add(image);
    return options;
  }

  @Override
  public AttemptOutcome launch(StepLaunch launch) throws InterruptedException {
    String name = "jera-" + UUID.randomUUID();
    Path inputs = null;
    Path stdout = launch.folder().resolve("stdout");
    long logStart;
    try {
      Files.createDirectories(launch.folder());
      if (!launch.inputs().isEmpty()) {
        inputs = launch.folder().resolve("inputs.json");
        Files.writeString(inputs, launch.inputs(), StandardCharsets.UTF_8);
      }
      logStart = Files.exists(launch.log()) ? Files.size(launch.log()) : 0;
    } catch (IOException e) {
      return AttemptOutcome.error("cannot prepare " + launch.folder() + ": " + e.getMessage());
    }
    List<String> command = runOptions(name, inputs, launch.environment());
    command.addAll(launch.argv());
    if (inputs != null) {
      command.add(SCRIPT_PATH);
    }
    Process process;
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile());
    StderrToLog errors = StderrToLog.prepare(builder, launch.log(), launch.mask());
    try {
      process = builder.start();
    } catch (IOException e) {
      return AttemptOutcome.error("cannot start " + podman + ": " + e.getMessage());
    }
    try {
      errors.started(process);
      boolean exited = true;
      if (launch.timeout() == null) {
        process.waitFor();
      } else {
        exited = process.waitFor(launch.timeout().toNanos(), TimeUnit.NANOSECONDS);
      }
      if (!exited) {
        kill(name, process);
        return AttemptOutcome.deadlineExceeded();
      }
      int code = process.exitValue();
      errors.ended();
      if (code == 0) {
        return ProcessStep.succeeded(stdout);
      }
      List<String> since = ProcessStep.logSince(launch.log(), logStart);
      if (code >= 125) {
        // 125-127: podman itself, or the container's command, could not run.
        return AttemptOutcome.error("podman could not run the step (exit code " + code + "): " + FailureReason.reason(since));
      }
      return AttemptOutcome.exited(code, FailureReason.reason(since));
    } catch (IOException e) {
      return AttemptOutcome.error("cannot read the output of " + launch.step() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      kill(name, process);
      throw e;
    } finally {
      errors.ended();
      try {
        Files.deleteIfExists(stdout);
      } catch (IOException e) {
        // The record keeps a stray stdout file; the result is already read.
      }
    }
  }

  private void kill(String name, Process process) {
    try {
      new ProcessBuilder(podman, "kill", name).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start().waitFor(30, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      // The process below is killed anyway; podman removes the container (--rm).
    }
    process.destroyForcibly();
  }

  /** The hard limits of this process, which a container may not exceed (podman's defaults do). */
  static final class HostLimits {
    // The hard limits do not change while this JVM runs: read /proc/self/limits once.
    private static final long OPEN_FILES = Math.min(16384, hard("Max open files"));
    private static final long PROCESSES = Math.min(8192, hard("Max processes"));

    private HostLimits() {}

    static long openFiles() {
      return OPEN_FILES;
    }

    static long processes() {
      return PROCESSES;
    }

    private static long hard(String limit) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
          if (line.startsWith(limit)) {
            String[] fields = line.substring(limit.length()).trim().split("\\s+");
            return fields[1].equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(fields[1]);
          }
        }
      } catch (IOException | RuntimeException e) {
        // Not Linux, or unreadable: stay with the caps.
      }
      return Long.MAX_VALUE;
    }
  }
}
