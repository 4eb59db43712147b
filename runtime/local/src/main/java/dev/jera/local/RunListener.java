package dev.jera.local;

import dev.jera.local.engine.LocalExecutor;

/**
 * Follows a run as it goes, for progress displays. Every call comes from the thread that called
 * {@link LocalExecutor#run}, one at a time.
 */
public interface RunListener {

  /** The run is about to start. */
  default void runStarted(RunInfo run) {}

  /** Something about the whole run that its user should know, said once, after {@link #runStarted}. */
  default void runNote(String note) {}

  /** An attempt of a step (or of an item of a loop, named like {@code price(0:ord-1)}) started. */
  default void attemptStarted(String step, int attempt) {}

  /**
   * Step {@code step} runs differently from the run's other steps, said once per step before its first
   * attempt: for example in a JVM of its own although the run's steps run in this one.
   */
  default void stepNote(String step, String note) {}

  /** An attempt failed and the step will be retried. */
  default void attemptFailed(String step, int attempt, String message) {}

  /**
   * An attempt failed and the step waits: for its next attempt, or, for a failure not retried, to end
   * when the backoff has passed, as on Argo. An immediate retry is a wait of zero. By default, a retry
   * is told to {@link #attemptFailed}.
   */
  default void backoff(Backoff backoff) {
    if (backoff.retry()) {
      attemptFailed(backoff.step(), backoff.attempt(), backoff.message());
    }
  }

  /** A step, or an item of a loop, ended (including skipped and omitted ones). */
  default void stepFinished(StepReport step) {}

  /** The run ended and its record is written. */
  default void runFinished(RunReport run) {}
}
