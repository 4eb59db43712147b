package dev.jera.runtime.local;

import dev.jera.runtime.argo.DidYouMean;
import dev.jera.runtime.runner.BadInputException;
import dev.jera.runtime.runner.InputFile;
import dev.jera.runtime.runner.StepInputs;
import dev.jera.runtime.runner.StepRunner;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
 * overruns its timeout is interrupted and abandoned: a JVM cannot kill a thread, so a step that ignores
 * interrupts keeps running in the background. A step that needs environment variables of its own cannot
 * run here (the executor gives it a JVM of its own, see {@link Launchers}).
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
      java.nio.file.Files.writeString(launch.folder().resolve("inputs.json"), launch.inputs(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return AttemptOutcome.error("cannot write " + launch.folder().resolve("inputs.json") + ": " + e.getMessage());
    }
    try (PrintStream log = new PrintStream(new FileOutputStream(launch.log().toFile(), true), true, StandardCharsets.UTF_8)) {
      CompletableFuture<AttemptOutcome> outcome = new CompletableFuture<>();
      Thread thread = new Thread(() -> {
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
        return launch.timeout() == null
            ? outcome.get()
            : outcome.get(launch.timeout().toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        thread.interrupt();
        log.println("jera: " + launch.step() + " exceeded its timeout of " + launch.timeout()
            + "; its thread was interrupted and abandoned");
        return AttemptOutcome.deadlineExceeded();
      } catch (ExecutionException e) {
        return AttemptOutcome.error(Diagnostics.rootCause(e.getCause()));
      } catch (InterruptedException e) {
        thread.interrupt();
        throw e;
      }
    } catch (IOException e) {
      return AttemptOutcome.error("cannot write the log " + launch.log() + ": " + e.getMessage());
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
    } catch (Throwable e) {
      e.printStackTrace(log);
      return AttemptOutcome.exited(1, Diagnostics.rootCause(e));
    }
  }

  private static AttemptOutcome badInput(PrintStream log, String message) {
    log.println("jera: " + message);
    return AttemptOutcome.exited(2, "jera: " + message);
  }
}
