package dev.jera.cluster.status;

import dev.jera.local.RunListener;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns successive states of a Workflow into the progress events of a local run: an attempt started,
 * an attempt failed and will be retried, a step or item ended. Each event is told once, however many
 * states repeat it, and none is told for what had already happened when following began
 * ({@link #skipPast}).
 */
public final class Progress {
  private final RunListener listener;
  private final Map<String, Integer> attemptsSeen = new HashMap<>();
  private final Set<String> finished = new HashSet<>();

  /** Progress told to {@code listener}. */
  public Progress(RunListener listener) {
    this.listener = listener;
  }

  /** Takes {@code view} as known without telling it: what happened before following began. */
  public void skipPast(WorkflowView view) {
    for (Step step : RunSteps.of(view)) {
      for (Step unit : units(step)) {
        attemptsSeen.put(unit.name(), unit.attemptNodes().size());
        if (unit.done()) {
          finished.add(unit.name());
        }
      }
      if (step.done()) {
        finished.add(step.name());
      }
    }
  }

  /** Tells what is new in {@code view}. */
  public void update(WorkflowView view) {
    for (Step step : RunSteps.of(view)) {
      for (Step unit : units(step)) {
        List<NodeStatus> attempts = unit.attemptNodes();
        int seen = attemptsSeen.getOrDefault(unit.name(), 0);
        for (int attempt = seen + 1; attempt <= attempts.size() && unit.attempts() > 0; attempt++) {
          if (attempt > 1) {
            NodeStatus failed = attempts.get(attempt - 2);
            listener.attemptFailed(unit.name(), attempt - 1, failed.message() == null ? failed.phase() : failed.message());
          }
          listener.attemptStarted(unit.name(), attempt);
        }
        attemptsSeen.put(unit.name(), Math.max(seen, attempts.size()));
        if (unit != step && unit.done() && finished.add(unit.name())) {
          listener.stepFinished(ClusterReports.report(unit));
        }
      }
      if (step.done() && finished.add(step.name())) {
        listener.stepFinished(ClusterReports.report(step));
      }
    }
  }

  /** What runs pods: the step itself, or its items. */
  private static List<Step> units(Step step) {
    return step.fansOut() ? step.items() : List.of(step);
  }
}
