package dev.jera.local.console;

import dev.jera.local.Backoff;
import dev.jera.local.Phase;
import dev.jera.local.RunInfo;
import dev.jera.local.RunListener;
import dev.jera.local.RunReport;
import dev.jera.local.StepReport;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

/** Progress as one line per event, for logs and pipes (public for the commands that follow a cluster's run). */
public class LineProgress implements RunListener {
  private final PrintStream err;
  private final ZoneId zone;
  private Consumer<RunReport> then = report -> { };

  /** Progress written to {@code err}, times shown in this machine's zone. */
  public LineProgress(PrintStream err) {
    this(err, ZoneId.systemDefault());
  }

  public LineProgress(PrintStream err, ZoneId zone) {
    this.err = err;
    this.zone = zone;
  }

  /** This progress, which once the run has ended and said so, hands its report to {@code next}. */
  public LineProgress then(Consumer<RunReport> next) {
    then = next;
    return this;
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
        + (run.retryBackoff() == null ? "" : run.retryBackoff().isZero() ? ", retries at once"
            : ", retries after at most " + Durations.ofWait(run.retryBackoff()))
        + "), record in " + run.folder());
  }

  @Override
  public void runNote(String note) {
    event(note);
  }

  @Override
  public void attemptStarted(String step, int attempt) {
    event(step + " started" + (attempt > 1 ? " (attempt " + attempt + ")" : ""));
  }

  @Override
  public void stepNote(String step, String note) {
    event(step + " " + note);
  }

  /** A failed attempt told without its backoff: a run followed on a cluster, seen once the next one starts. */
  @Override
  public void attemptFailed(String step, int attempt, String message) {
    event(step + " attempt " + attempt + " failed, will retry: " + message);
  }

  @Override
  public void backoff(Backoff backoff) {
    event(backoff.step() + " attempt " + backoff.attempt() + " failed: " + backoff.message() + "; " + when(backoff));
  }

  /**
   * What happens next and when: {@code will retry in 30s, at 12:00:31}, or {@code will retry now}; for
   * a failure its policy does not retry, that it ends once the backoff has passed, as on Argo. When the
   * run shortens backoffs, Argo's wait too.
   */
  String when(Backoff backoff) {
    String at = backoff.delay().isZero() ? "now"
        : "in " + Durations.ofWait(backoff.delay()) + ", at " + Durations.clock(backoff.until(), Instant.now(), zone);
    String argo = Durations.ofWait(backoff.argoDelay());
    if (backoff.retry()) {
      return "will retry " + at + (backoff.shortened() ? " (Argo waits " + argo + ")" : "");
    }
    return "its retryPolicy does not retry it; it ends " + at
        + (backoff.shortened() ? " (Argo first waits out the " + argo + " backoff)" : ", after its backoff, as on Argo");
  }

  @Override
  public void stepFinished(StepReport step) {
    StringBuilder line = new StringBuilder(step.name()).append(' ').append(step.phase().argoName());
    if (SummaryTable.ran(step)) {
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
    done();
    then.accept(run);
  }

  /** The progress has said everything. */
  void done() {
    err.flush();
  }
}
