package dev.jera.local.launch;

import dev.jera.local.Phase;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a step whose pod has init containers or sidecars, as Kubernetes runs the pod: each init container
 * to its end, in order, before the step (one that fails, or outlasts the step's timeout, fails the step:
 * {@code hello: Error (exit code 1)}, as Argo reports a container other than main); then the sidecars as
 * processes beside the step, which reach each other and the step on {@code 127.0.0.1} as in a pod; then
 * the step with its own launcher. Once the step ends the sidecars are killed with their children, as
 * Argo's executor kills them, which is not a failure; a sidecar that exited non-zero on its own before
 * that fails a step that succeeded ({@code operator.go}: a container other than main that exits with a
 * code other than 137 and 143 fails the pod). Their commands run as written, from the step's folder (the
 * image is not pulled): one that is not installed fails the step with a line saying so, as for a
 * container step. Each container's output (stdout and stderr) goes to {@code <name>.log} in the step's
 * folder, with the run's secrets masked as in the step's own log.
 */
public final class PodContainers implements StepLauncher {
  private final StepLauncher step;

  private PodContainers(StepLauncher step) {
    this.step = step;
  }

  /** {@code step}, or it wrapped in the pod's other containers when {@code launch} has any. */
  public static StepLauncher around(StepLauncher step, StepLaunch launch) {
    return launch.initContainers().isEmpty() && launch.sidecars().isEmpty() ? step : new PodContainers(step);
  }

  @Override
  public AttemptOutcome launch(StepLaunch launch) throws InterruptedException {
    try {
      Files.createDirectories(launch.folder());
    } catch (IOException e) {
      return AttemptOutcome.error("cannot prepare " + launch.folder() + ": " + e.getMessage());
    }
    long deadline = launch.timeout() == null ? Long.MAX_VALUE : System.nanoTime() + launch.timeout().toNanos();
    for (SideContainer init : launch.initContainers()) {
      AttemptOutcome failed = runToItsEnd(init, launch, deadline);
      if (failed != null) {
        return failed;
      }
    }
    Map<SideContainer, Running> sidecars = new LinkedHashMap<>();
    try {
      for (SideContainer sidecar : launch.sidecars()) {
        Object started = start(sidecar, "sidecar", launch);
        if (started instanceof AttemptOutcome) {
          return (AttemptOutcome) started;
        }
        sidecars.put(sidecar, (Running) started);
      }
      AttemptOutcome outcome = step.launch(launch);
      if (outcome.phase() == Phase.SUCCEEDED) {
        for (Map.Entry<SideContainer, Running> sidecar : sidecars.entrySet()) {
          Process process = sidecar.getValue().process();
          if (!process.isAlive() && process.exitValue() != 0 && process.exitValue() != 137 && process.exitValue() != 143) {
            return new AttemptOutcome(Phase.FAILED, null, null,
                sidecar.getKey().name() + ": Error (exit code " + process.exitValue() + ")");
          }
        }
      }
      return outcome;
    } finally {
      for (Running sidecar : sidecars.values()) {
        sidecar.stop();
      }
    }
  }

  /** Runs an init container; {@code null} when it succeeded, else the step's outcome. */
  private static AttemptOutcome runToItsEnd(SideContainer init, StepLaunch launch, long deadline) throws InterruptedException {
    Object started = start(init, "init container", launch);
    if (started instanceof AttemptOutcome) {
      return (AttemptOutcome) started;
    }
    Running running = (Running) started;
    Process process = running.process();
    try {
      long left = deadline - System.nanoTime();
      if (!process.waitFor(Math.max(0, left), TimeUnit.NANOSECONDS)) {
        return AttemptOutcome.deadlineExceeded();
      }
      int code = process.exitValue();
      return code == 0 ? null : new AttemptOutcome(Phase.FAILED, null, null, init.name() + ": Error (exit code " + code + ")");
    } finally {
      running.stop();
    }
  }

  /** The started process, or the outcome of a step whose container cannot start. */
  private static Object start(SideContainer container, String kind, StepLaunch launch) {
    List<String> argv = new ArrayList<>(container.argv());
    String what = kind + " '" + container.name() + "' of step '" + launch.step() + "'";
    String image = container.image() == null ? "" : " (image " + container.image() + ")";
    if (argv.isEmpty()) {
      return new AttemptOutcome(Phase.FAILED, null, null, what
          + " has no command, and the local executor cannot know the entrypoint of its image" + image);
    }
    Map<String, String> environment = new LinkedHashMap<>(System.getenv());
    environment.keySet().removeIf(name -> name.startsWith("JERA_SECRET_") || name.startsWith("JERA_CONFIGMAP_"));
    environment.putAll(container.environment());
    String found = CommandLauncher.find(argv.get(0), environment.get("PATH"));
    if (found == null) {
      return new AttemptOutcome(Phase.FAILED, null, null, what + " runs '" + argv.get(0)
          + "', which is not installed on this machine" + image);
    }
    argv.set(0, found);
    File log = launch.folder().resolve(container.name() + ".log").toFile();
    boolean masking = !launch.mask().isEmpty();
    ProcessBuilder builder = new ProcessBuilder(argv)
        .directory(launch.folder().toFile())
        .redirectErrorStream(true)
        .redirectOutput(masking ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.appendTo(log))
        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    builder.environment().clear();
    builder.environment().putAll(environment);
    StepReaper.prepare();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return AttemptOutcome.error("cannot start " + what + ": " + e.getMessage());
    }
    ProcessStep.track(process);
    if (!masking) {
      return new Running(process, null, null);
    }
    try {
      OutputStream masked = launch.mask().filter(new FileOutputStream(log, true));
      Thread pump = new Thread(() -> {
        try {
          process.getInputStream().transferTo(masked);
        } catch (IOException e) {
          // The stream was closed: the container was stopped.
        }
      }, "jera-" + container.name() + "-" + process.pid());
      pump.setDaemon(true);
      pump.start();
      return new Running(process, pump, masked);
    } catch (IOException e) {
      new Running(process, null, null).stop();
      return AttemptOutcome.error("cannot write the log of " + what + ": " + e.getMessage());
    }
  }

  private static File nullDevice() {
    return Path.of(ProcessStep.WINDOWS ? "NUL" : "/dev/null").toFile();
  }

  /** A container's process, and, when the run has secrets, the thread that masks them on the way to its log. */
  private record Running(Process process, Thread pump, OutputStream masked) {
    /** Kills the process with its children, as the pod's end does, and writes the rest of its output. */
    void stop() {
      if (process.isAlive()) {
        ProcessStep.destroy(process);
      }
      ProcessStep.untrack(process);
      if (pump != null) {
        try {
          pump.join(2000);
          if (pump.isAlive()) {
            process.getInputStream().close();
            pump.join(1000);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (IOException e) {
          // The pump ends all the same.
        }
        try {
          masked.close();
        } catch (IOException e) {
          // The log keeps what reached it.
        }
      }
    }
  }
}
