package dev.jera.runtime.local;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Runs one pod node to its end: waits for a slot of the pool and its locks, launches attempts on a
 * worker, retries as the template's {@code retryStrategy} says (never past the workflow's deadline),
 * then ends the node. Lives on the coordinator.
 *
 * <p>A run may wait less than Argo's backoff ({@link RunContext#retryBackoff}); the time not waited is
 * added to the clock the retry decisions read, so {@code maxDuration} and the workflow's deadline stop
 * retries exactly where they would on Argo, given the same attempts.
 */
final class ScriptExecution {
  static final String NOT_STARTED = "not started: the workflow had already failed";
  static final String DEADLINE_NOT_STARTED = "not started: the workflow exceeded its deadline";
  private static final String NO_MOUNTS = "volume mounts are not emulated locally (%s): the step sees this machine's"
      + " file system";

  private final RunContext run;
  private final NodeStatus node;
  private final ScriptCall call;
  private final BooleanSupplier runStopped;
  private final Runnable onDone;
  private Instant firstStarted;
  /** How much of Argo's backoff this node did not wait. */
  private Duration skipped = Duration.ZERO;
  private boolean timeoutIsDeadline;

  ScriptExecution(RunContext run, NodeStatus node, ScriptCall call, BooleanSupplier runStopped, Runnable onDone) {
    this.run = run;
    this.node = node;
    this.call = call;
    this.runStopped = runStopped;
    this.onDone = onDone;
  }

  /** Asks for a slot; the first attempt starts when one, and the call's locks, are free. */
  void begin() {
    run.pool.request(this);
  }

  /** The keys of the locks an attempt holds. */
  java.util.List<String> locks() {
    return call.locks();
  }

  /** Whether the node never started and the run no longer starts new steps. */
  boolean cancelled() {
    return node.attempts == 0 && (runStopped.getAsBoolean() || run.deadline.exceeded());
  }

  /** Ends a cancelled node without running it. */
  void abandon() {
    node.finish(Phase.OMITTED, run.deadline.exceeded() ? DEADLINE_NOT_STARTED : NOT_STARTED);
    onDone.run();
  }

  /** Starts the next attempt; the pool has given it a slot and its locks. */
  void start() {
    int attempt = ++node.attempts;
    Instant now = Instant.now();
    StepLauncher launcher = run.launchers.forTemplate(call.template());
    if (attempt == 1) {
      firstStarted = now;
      node.startedAt = now;
      notes();
    } else {
      run.recorder.appendLog(node.folder, "--- jera: attempt " + attempt + " ---");
    }
    StepLaunch launch = call.launch(node.name, attempt, node.folder, RunRecorder.log(node.folder), run.deadline);
    timeoutIsDeadline = WorkflowDeadline.isCap(call.timeout(), launch.timeout());
    run.listener.attemptStarted(node.name, attempt);
    run.coordinator.offload(() -> call.attempt(launcher, launch), this::attemptEnded);
  }

  /** Says once in the node's log, and once per step in the progress, what runs differently from Argo. */
  private void notes() {
    String ownJvm = run.launchers.ownJvmReason(call.template());
    if (ownJvm != null) {
      run.recorder.appendLog(node.folder, "jera: " + call.step() + " " + ownJvm);
      if (run.noted.add(call.step())) {
        run.listener.stepNote(call.step(), ownJvm);
      }
    }
    if (!call.template().mounts().isEmpty()) {
      run.recorder.appendLog(node.folder, "jera: " + String.format(NO_MOUNTS, String.join(", ", call.template().mounts())));
    }
  }

  private void attemptEnded(AttemptOutcome outcome, Throwable failure) {
    run.pool.release(this);
    AttemptOutcome ended = failure == null ? outcome : AttemptOutcome.error(Diagnostics.rootCause(failure));
    if (timeoutIsDeadline && AttemptOutcome.DEADLINE_EXCEEDED.equals(ended.message())) {
      run.deadline.reached();
    }
    node.exitCode = ended.exitCode();
    if (ended.phase() == Phase.SUCCEEDED) {
      node.result = ended.result();
      node.artifacts = call.outputs(node.folder.resolve("artifacts").toAbsolutePath());
      run.recorder.result(node.folder, ended.result());
      end(Phase.SUCCEEDED, null);
      return;
    }
    Instant now = Instant.now();
    Instant argoNow = now.plus(skipped);
    RetryPlan.Decision decision = call.retry() == null
        ? RetryPlan.Decision.stop(null)
        : call.retry().next(ended.phase(), node.attempts, firstStarted, argoNow);
    String message = decision.reason() == null ? ended.message() : decision.reason() + ": " + ended.message();
    boolean endsNow = !decision.retry() && decision.delay().isZero();
    if (endsNow || run.deadline.passedBy(argoNow.plus(decision.delay()))) {
      end(ended.phase(), message);
      return;
    }
    Duration wait = run.retryBackoff == null || decision.delay().compareTo(run.retryBackoff) <= 0
        ? decision.delay()
        : run.retryBackoff;
    skipped = skipped.plus(decision.delay().minus(wait));
    run.listener.backoff(new Backoff(node.name, node.attempts, ended.message(), decision.retry(), wait, now.plus(wait),
        decision.delay()));
    if (decision.retry()) {
      run.coordinator.later(wait, () -> run.pool.request(this));
    } else {
      run.coordinator.later(wait, () -> end(ended.phase(), message));
    }
  }

  private void end(Phase phase, String message) {
    node.finish(phase, message);
    onDone.run();
  }
}
