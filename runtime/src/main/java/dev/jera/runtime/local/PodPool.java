package dev.jera.runtime.local;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Argo's {@code parallelism}: at most {@code limit} steps run at once; the others wait in order. A
 * waiting step whose run was cancelled before it ever started is let go instead.
 */
final class PodPool {
  private final Integer limit;
  private final Deque<ScriptExecution> waiting = new ArrayDeque<>();
  private int running;

  /** A pool of {@code limit} slots, or unlimited when {@code null}. */
  PodPool(Integer limit) {
    this.limit = limit;
  }

  /** Queues an attempt of {@code execution}; it starts when a slot is free. */
  void request(ScriptExecution execution) {
    waiting.add(execution);
    drain();
  }

  /**
   * A running attempt ended. Its slot is handed on at the next {@link #drain}, once the flow has seen
   * the ending: a failure must stop new steps before the slot goes to one.
   */
  void release() {
    running--;
  }

  /** Lets go of every waiting step that was cancelled, then starts what fits. */
  void drain() {
    List<ScriptExecution> cancelled = new ArrayList<>();
    waiting.removeIf(execution -> execution.cancelled() && cancelled.add(execution));
    cancelled.forEach(ScriptExecution::abandon);
    while (!waiting.isEmpty() && (limit == null || running < limit)) {
      running++;
      waiting.poll().start();
    }
  }
}
