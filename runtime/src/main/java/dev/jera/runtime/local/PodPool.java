package dev.jera.runtime.local;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Argo's {@code parallelism} and {@code synchronization}: at most {@code limit} steps run at once, and
 * a step starts only when it can take every lock its template holds; the others wait in order, so of
 * the steps waiting for a lock the first to ask takes it first. A waiting step whose run was cancelled
 * before it ever started is let go instead.
 */
final class PodPool {
  private final Integer limit;
  private final Locks locks;
  private final Deque<ScriptExecution> waiting = new ArrayDeque<>();
  private int running;

  /** A pool of {@code limit} slots, or unlimited when {@code null}, whose steps take {@code locks}. */
  PodPool(Integer limit, Locks locks) {
    this.limit = limit;
    this.locks = locks;
  }

  /** Queues an attempt of {@code execution}; it starts when a slot is free. */
  void request(ScriptExecution execution) {
    waiting.add(execution);
    drain();
  }

  /**
   * A running attempt of {@code execution} ended: its locks are free again. Its slot is handed on at the
   * next {@link #drain}, once the flow has seen the ending: a failure must stop new steps before the
   * slot goes to one.
   */
  void release(ScriptExecution execution) {
    running--;
    locks.release(execution.locks());
  }

  /** Lets go of every waiting step that was cancelled, then starts what fits. */
  void drain() {
    List<ScriptExecution> cancelled = new ArrayList<>();
    waiting.removeIf(execution -> execution.cancelled() && cancelled.add(execution));
    cancelled.forEach(ScriptExecution::abandon);
    Iterator<ScriptExecution> next = waiting.iterator();
    while (next.hasNext() && (limit == null || running < limit)) {
      ScriptExecution execution = next.next();
      if (locks.tryAcquire(execution.locks())) {
        next.remove();
        running++;
        execution.start();
      }
    }
  }
}
