package dev.jera.local.launch;

import dev.jera.local.Phase;

/**
 * How one attempt of a step ended.
 *
 * @param phase Succeeded, Failed (non-zero exit, timeout) or Error (could not start)
 * @param result the step's {@code outputs.result} when it succeeded, else {@code null}
 * @param exitCode the exit code, or {@code null} when the step never exited by itself
 * @param message why it did not succeed, or {@code null}
 */
public record AttemptOutcome(Phase phase, String result, Integer exitCode, String message) {

  /** A Failed attempt's message when the step overran its {@code timeout}, as Argo words it. */
  public static final String DEADLINE_EXCEEDED = "Step exceeded its deadline";

  /** Exit code 0 with {@code result}. */
  public static AttemptOutcome succeeded(String result) {
    return new AttemptOutcome(Phase.SUCCEEDED, result, 0, null);
  }

  /** A non-zero exit: {@code Error (exit code N)}, then the step's last line of diagnostics if any. */
  public static AttemptOutcome exited(int exitCode, String lastLine) {
    String message = "Error (exit code " + exitCode + ")";
    return new AttemptOutcome(Phase.FAILED, null, exitCode,
        lastLine == null || lastLine.isBlank() ? message : message + ": " + lastLine.strip());
  }

  /** The step overran its timeout and was stopped. */
  public static AttemptOutcome deadlineExceeded() {
    return new AttemptOutcome(Phase.FAILED, null, null, DEADLINE_EXCEEDED);
  }

  /** The step could not be started or run at all. */
  public static AttemptOutcome error(String message) {
    return new AttemptOutcome(Phase.ERROR, null, null, message);
  }
}
