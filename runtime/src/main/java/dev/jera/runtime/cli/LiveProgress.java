package dev.jera.runtime.cli;

import dev.jera.runtime.local.RunInfo;
import dev.jera.runtime.local.RunReport;
import dev.jera.runtime.local.StepReport;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Progress on a terminal: the same event lines, under which one status line, redrawn in place, shows
 * the steps running now and how many have ended.
 */
final class LiveProgress extends LineProgress {
  private static final String CLEAR_LINE = "\r\u001b[K";

  private final PrintStream err;
  private final Set<String> running = new LinkedHashSet<>();
  private int total;
  private int ended;

  LiveProgress(PrintStream err) {
    super(err);
    this.err = err;
  }

  @Override
  void event(String line) {
    err.print(CLEAR_LINE);
    super.event(line);
    status();
  }

  @Override
  public void runStarted(RunInfo run) {
    total = run.steps().size();
    super.runStarted(run);
  }

  @Override
  public void attemptStarted(String step, int attempt) {
    running.add(step);
    super.attemptStarted(step, attempt);
  }

  @Override
  public void stepFinished(StepReport step) {
    running.remove(step.name());
    if (!step.name().contains("(")) {
      ended++;
    }
    super.stepFinished(step);
  }

  @Override
  public void runFinished(RunReport run) {
    running.clear();
    super.runFinished(run);
  }

  @Override
  void done() {
    err.print(CLEAR_LINE);
    err.flush();
  }

  private void status() {
    String line = "[" + ended + "/" + total + " done]" + (running.isEmpty() ? "" : " running: " + String.join(", ", running));
    err.print(line.length() > 120 ? line.substring(0, 117) + "..." : line);
    err.flush();
  }
}
