package dev.jera.runtime.local;

import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Runs one script node to its end: waits for a slot of the pool, launches attempts on a worker,
 * retries as the template's {@code retryStrategy} says, then ends the node. Lives on the coordinator.
 */
final class ScriptExecution {
  static final String NOT_STARTED = "not started: the workflow had already failed";

  private final RunContext run;
  private final NodeStatus node;
  private final ScriptCall call;
  private final BooleanSupplier runStopped;
  private final Runnable onDone;
  private Instant firstStarted;

  ScriptExecution(RunContext run, NodeStatus node, ScriptCall call, BooleanSupplier runStopped, Runnable onDone) {
    this.run = run;
    this.node = node;
    this.call = call;
    this.runStopped = runStopped;
    this.onDone = onDone;
  }

  /** Asks for a slot; the first attempt starts when one is free. */
  void begin() {
    run.pool.request(this);
  }

  /** Whether the node never started and the run no longer starts new steps. */
  boolean cancelled() {
    return node.attempts == 0 && runStopped.getAsBoolean();
  }

  /** Ends a cancelled node without running it. */
  void abandon() {
    node.finish(Phase.OMITTED, NOT_STARTED);
    onDone.run();
  }

  /** Starts the next attempt; the pool has given it a slot. */
  void start() {
    int attempt = ++node.attempts;
    Instant now = Instant.now();
    if (attempt == 1) {
      firstStarted = now;
      node.startedAt = now;
    } else {
      run.recorder.appendLog(node.folder, "--- jera: attempt " + attempt + " ---");
    }
    StepLaunch launch = call.launch(node.name, attempt, node.folder, RunRecorder.log(node.folder));
    run.listener.attemptStarted(node.name, attempt);
    run.coordinator.offload(() -> run.launcher.launch(launch), this::attemptEnded);
  }

  private void attemptEnded(AttemptOutcome outcome, Throwable failure) {
    run.pool.release();
    AttemptOutcome ended = failure == null ? outcome : AttemptOutcome.error(Diagnostics.rootCause(failure));
    node.exitCode = ended.exitCode();
    if (ended.phase() == Phase.SUCCEEDED) {
      node.result = ended.result();
      run.recorder.result(node.folder, ended.result());
      end(Phase.SUCCEEDED, null);
      return;
    }
    RetryPlan.Decision decision = call.retry() == null
        ? RetryPlan.Decision.stop(null)
        : call.retry().next(ended.phase(), node.attempts, firstStarted, Instant.now());
    if (decision.retry()) {
      run.listener.attemptFailed(node.name, node.attempts, ended.message());
      run.coordinator.later(decision.delay(), () -> run.pool.request(this));
      return;
    }
    end(ended.phase(), decision.reason() == null ? ended.message() : decision.reason() + ": " + ended.message());
  }

  private void end(Phase phase, String message) {
    node.finish(phase, message);
    onDone.run();
  }
}
