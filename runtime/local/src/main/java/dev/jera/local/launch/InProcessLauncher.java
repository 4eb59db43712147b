package dev.jera.local.launch;

import dev.jera.argo.DidYouMean;
import dev.jera.local.values.Advice;
import dev.jera.local.values.SecretMask;
import dev.jera.runner.BadInputException;
import dev.jera.runner.InputFile;
import dev.jera.runner.StepInputs;
import dev.jera.runner.StepRunner;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a step in this JVM on a thread of its own, through the runner its template's args name, with
 * the exit codes of a runner's {@code main}: 0 done, 1 the method threw, 2 bad input. What the step
 * prints goes to its log; its artifacts root is handed to the runner ({@code StepInputs}). A step that
 * calls {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt} ends its attempt with that exit
 * code, as its process would, and this JVM goes on ({@link ExitGuard}; where no guard can be installed,
 * the executor runs Java steps in JVMs of their own, see {@link Launchers}). A step that overruns its
 * timeout, or exits, is interrupted and abandoned: a JVM cannot kill a thread, so a step that ignores
 * interrupts keeps running in the background. A step that needs environment variables of its own cannot
 * run here (the executor gives it a JVM of its own, see {@link Launchers}). The run's secrets are masked
 * in the log.
 */
public final class InProcessLauncher implements StepLauncher {
  private final RunnerRegistry runners;
  private final Advice advice;

  /** Runs steps through the runners of {@code runners}. */
  public InProcessLauncher(RunnerRegistry runners) {
    this(runners, Advice.COMMAND_LINE);
  }

  /** Runs steps through the runners of {@code runners}; messages say how to isolate as {@code advice} does. */
  public InProcessLauncher(RunnerRegistry runners, Advice advice) {
    this.runners = runners;
    this.advice = advice;
    StepOutput.install();
    ExitGuard.install();
  }

  @Override
  public AttemptOutcome launch(StepLaunch launch) throws InterruptedException {
    JavaInvocation call = JavaInvocation.parse(launch.argv());
    if (!call.isJava() || call.mainClass() == null) {
      return AttemptOutcome.error("cannot run '" + String.join(" ", launch.argv())
          + "' in process: it does not start a Java main class (try " + advice.isolated() + ")");
    }
    StepRunner runner;
    try {
      runner = runners.runner(call.mainClass());
    } catch (IllegalArgumentException e) {
      return AttemptOutcome.error(e.getMessage());
    }
    try {
      Files.writeString(launch.folder().resolve("inputs.json"), launch.inputs(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return AttemptOutcome.error("cannot write " + launch.folder().resolve("inputs.json") + ": " + e.getMessage());
    }
    long logStart;
    try {
      logStart = Files.exists(launch.log()) ? Files.size(launch.log()) : 0;
    } catch (IOException e) {
      return AttemptOutcome.error("cannot read the log " + launch.log() + ": " + e.getMessage());
    }
    SecretMask.MaskingStream masked;
    Gate gate;
    try {
      masked = launch.mask().filter(new FileOutputStream(launch.log().toFile(), true));
      gate = new Gate(masked);
    } catch (IOException e) {
      return AttemptOutcome.error("cannot write the log " + launch.log() + ": " + e.getMessage());
    }
    try (PrintStream log = new PrintStream(gate, true, StandardCharsets.UTF_8)) {
      CompletableFuture<AttemptOutcome> outcome = new CompletableFuture<>();
      // Runs on the exiting thread, before whatever the step's code does next: the process would end here.
      ExitGuard.Watch exit =
          new ExitGuard.Watch(code -> outcome.complete(exited(launch, code, log, masked, gate, logStart)));
      Thread thread = new Thread(() -> {
        ExitGuard.watch(exit);
        StepOutput.routeTo(log);
        try {
          outcome.complete(call(runner, call.arguments(), launch, log));
        } finally {
          StepOutput.unroute();
        }
      }, "jera-step " + launch.step());
      thread.setDaemon(true);
      thread.setContextClassLoader(runners.loader());
      thread.start();
      try {
        AttemptOutcome ended = launch.timeout() == null
            ? outcome.get()
            : outcome.get(launch.timeout().toNanos(), TimeUnit.NANOSECONDS);
        if (exit.code() != null) {
          thread.interrupt();
        }
        return ended;
      } catch (TimeoutException e) {
        thread.interrupt();
        log.println("jera: " + launch.step() + " exceeded its timeout of " + launch.timeout()
            + "; its thread was interrupted and abandoned");
        gate.shut();
        return AttemptOutcome.deadlineExceeded();
      } catch (ExecutionException e) {
        return AttemptOutcome.error(FailureReason.rootCause(e.getCause()));
      } catch (InterruptedException e) {
        thread.interrupt();
        gate.shut();
        throw e;
      }
    }
  }

  /**
   * How the attempt of a step that asked to exit with {@code code} ends: as its process would, the reason
   * read from what it printed until then; what its threads print afterwards is dropped, as a process
   * that has ended prints nothing more.
   */
  private static AttemptOutcome exited(StepLaunch launch, int code, PrintStream log, SecretMask.MaskingStream masked,
      Gate gate, long logStart) {
    log.flush();
    String reason;
    try {
      masked.release();
      reason = FailureReason.reason(ProcessStep.logSince(launch.log(), logStart));
    } catch (IOException e) {
      reason = null;
    }
    log.println("jera: " + launch.step() + " called exit(" + code + "), which ends its attempt with exit code " + code
        + " and not this JVM; its threads were interrupted and abandoned");
    gate.shut();
    return code == 0 ? AttemptOutcome.succeeded("") : AttemptOutcome.exited(code, reason);
  }

  /** A step's log that drops what is written once the attempt has let go of the step. */
  private static final class Gate extends FilterOutputStream {
    private volatile boolean shut;

    Gate(OutputStream out) {
      super(out);
    }

    void shut() {
      shut = true;
    }

    @Override
    public void write(int b) throws IOException {
      if (!shut) {
        out.write(b);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (!shut) {
        out.write(bytes, offset, length);
      }
    }
  }

  /** What a runner's {@code main} does, minus the process: read the inputs, call, map the outcome. */
  private static AttemptOutcome call(StepRunner runner, List<String> arguments, StepLaunch launch, PrintStream log) {
    if (arguments.size() != 1 || launch.inputs().isEmpty()) {
      return badInput(log, "usage: <runner> STEP INPUTS-FILE (steps: " + String.join(", ", runner.steps()) + ")");
    }
    String step = arguments.get(0);
    if (!runner.steps().contains(step)) {
      return badInput(log, "unknown step '" + step + "'" + DidYouMean.hint(step, runner.steps())
          + " (steps: " + String.join(", ", runner.steps()) + ")");
    }
    try {
      Map<String, String> parameters =
          InputFile.parse(launch.inputs(), launch.folder().resolve("inputs.json").toString());
      String result = runner.run(step, new StepInputs(step, parameters, launch.environment(), launch.artifacts()));
      // A void step prints nothing, which Argo captures as an empty result.
      return AttemptOutcome.succeeded(result == null ? "" : result);
    } catch (BadInputException e) {
      return badInput(log, e.getMessage());
    } catch (ExitGuard.StepExitException e) {
      // The attempt ended when the step asked to exit; this outcome counts only when the exit was asked
      // on a thread the step shares with another (a pool an earlier step started), whose watch it carries.
      return e.status() == 0 ? AttemptOutcome.succeeded("") : AttemptOutcome.exited(e.status(), null);
    } catch (Throwable e) {
      e.printStackTrace(log);
      return AttemptOutcome.exited(1, FailureReason.rootCause(e));
    }
  }

  private static AttemptOutcome badInput(PrintStream log, String message) {
    log.println("jera: " + message);
    return AttemptOutcome.exited(2, "jera: " + message);
  }
}
