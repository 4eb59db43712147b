package dev.jera.local.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The run's daemons ({@code daemon: true}), so that each is stopped when the DAG or steps template that
 * started it ends, as Argo's {@code killDaemonedChildren} stops them, and the run ends only once their
 * processes have.
 */
final class Daemons {
  private final List<PodRun> started = new ArrayList<>();

  void add(PodRun daemon) {
    started.add(daemon);
  }

  /** Stops the daemons started by the template whose node is {@code boundary} ({@code null}: the workflow's own). */
  void stopWithin(Node boundary) {
    for (PodRun daemon : List.copyOf(started)) {
      if (daemon.boundary() == boundary) {
        daemon.stopDaemon();
      }
    }
  }

  /** Stops every daemon still running: the workflow has ended ({@code markWorkflowPhase}). */
  void stopAll() {
    List.copyOf(started).forEach(PodRun::stopDaemon);
  }

  /** Whether no daemon's process runs any more. */
  boolean allEnded() {
    return started.stream().allMatch(PodRun::ended);
  }
}
