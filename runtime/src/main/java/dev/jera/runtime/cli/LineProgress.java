package dev.jera.runtime.cli;

import dev.jera.runtime.local.Phase;
import dev.jera.runtime.local.RunInfo;
import dev.jera.runtime.local.RunListener;
import dev.jera.runtime.local.RunReport;
import dev.jera.runtime.local.StepReport;
import java.io.PrintStream;

/** Progress as one line per event, for logs and pipes. */
class LineProgress implements RunListener {
  private final PrintStream err;

  LineProgress(PrintStream err) {
    this.err = err;
  }

  /** Prints one event. */
  void event(String line) {
    err.println("jera: " + line);
  }

  @Override
  public void runStarted(RunInfo run) {
    event("running " + run.workflow() + " as " + run.workflowName() + " ("
        + (run.isolated() ? "a JVM per step" : "in process")
        + (run.parallelism() == null ? "" : ", at most " + run.parallelism() + " at once")
        + "), record in " + run.folder());
  }

  @Override
  public void attemptStarted(String step, int attempt) {
    event(step + " started" + (attempt > 1 ? " (attempt " + attempt + ")" : ""));
  }

  @Override
  public void stepNote(String step, String note) {
    event(step + " " + note);
  }

  @Override
  public void attemptFailed(String step, int attempt, String message) {
    event(step + " attempt " + attempt + " failed, will retry: " + message);
  }

  @Override
  public void stepFinished(StepReport step) {
    StringBuilder line = new StringBuilder(step.name()).append(' ').append(step.phase().argoName());
    if (step.attempts() > 0) {
      line.append(" in ").append(Durations.between(step.startedAt(), step.finishedAt()));
    }
    if (!step.children().isEmpty()) {
      line.append(" (").append(step.children().size()).append(step.children().size() == 1 ? " item)" : " items)");
    } else if (step.attempts() > 1) {
      line.append(" after ").append(step.attempts()).append(" attempts");
    }
    if ((step.message() != null || step.detail() != null) && step.phase() != Phase.SUCCEEDED) {
      line.append(": ").append(SummaryTable.explanation(step));
    }
    event(line.toString());
  }

  @Override
  public void runFinished(RunReport run) {
    event(SummaryTable.outcome(run));
  }
}
