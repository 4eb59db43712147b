package dev.jera.local.console;

import dev.jera.local.Backoff;
import dev.jera.local.RunInfo;
import dev.jera.local.RunReport;
import dev.jera.local.StepReport;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Progress on a terminal: the same event lines, under which one status line, redrawn in place, shows
 * the steps running now, those waiting out a retry backoff with the time their wait ends, and how many
 * have ended.
 */
public final class LiveProgress extends LineProgress {
  private static final String CLEAR_LINE = "\r\u001b[K";

  private final PrintStream err;
  private final Set<String> running = new LinkedHashSet<>();
  private final Map<String, Instant> waiting = new LinkedHashMap<>();
  private final ZoneId zone;
  private int total;
  private int ended;

  public LiveProgress(PrintStream err, ZoneId zone) {
    super(err, zone);
    this.err = err;
    this.zone = zone;
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
    waiting.remove(step);
    running.add(step);
    super.attemptStarted(step, attempt);
  }

  @Override
  public void backoff(Backoff backoff) {
    running.remove(backoff.step());
    waiting.put(backoff.step(), backoff.until());
    super.backoff(backoff);
  }

  @Override
  public void stepFinished(StepReport step) {
    running.remove(step.name());
    waiting.remove(step.name());
    if (!step.name().contains("(")) {
      ended++;
    }
    super.stepFinished(step);
  }

  @Override
  public void runFinished(RunReport run) {
    running.clear();
    waiting.clear();
    super.runFinished(run);
  }

  @Override
  void done() {
    err.print(CLEAR_LINE);
    err.flush();
  }

  private void status() {
    StringBuilder line = new StringBuilder("[" + ended + "/" + total + " done]");
    if (!running.isEmpty()) {
      line.append(" running: ").append(String.join(", ", running));
    }
    if (!waiting.isEmpty()) {
      Instant now = Instant.now();
      List<String> waits = new ArrayList<>();
      waiting.forEach((step, until) -> waits.add(step + " until " + Durations.clock(until, now, zone)));
      line.append(running.isEmpty() ? " " : "; ").append("waiting: ").append(String.join(", ", waits));
    }
    err.print(line.length() > 120 ? line.substring(0, 117) + "..." : line);
    err.flush();
  }
}
