package dev.jera.runtime.local;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Argo's {@code parallelism} and {@code synchronization}: at most {@code limit} pods run at once, and
 * a pod starts only when it can take every lock its template holds; the others wait in order, so of
 * the pods waiting for a lock the first to ask takes it first. A waiting call that will never start
 * (its flow stopped) is let go; once the workflow's deadline has passed, waiting calls no longer wait:
 * their pods fail at once without running, as Argo creates no pod past the deadline.
 */
final class PodPool {
  private final Integer limit;
  private final Locks locks;
  private final Deque<PodRun> waiting = new ArrayDeque<>();
  private int running;

  /** A pool of {@code limit} slots, or unlimited when {@code null}, whose pods take {@code locks}. */
  PodPool(Integer limit, Locks locks) {
    this.limit = limit;
    this.locks = locks;
  }

  /** Queues an attempt of {@code call}; it starts when a slot is free. */
  void request(PodRun call) {
    waiting.add(call);
    drain();
  }

  /**
   * A running attempt of {@code call} ended: its locks are free again. Its slot is handed on at the
   * next {@link #drain}, once the flow has seen the ending.
   */
  void release(PodRun call) {
    running--;
    locks.release(call.locks());
  }

  /** Lets go of every waiting call that was cancelled or expired, then starts what fits. */
  void drain() {
    List<PodRun> cancelled = new ArrayList<>();
    List<PodRun> expired = new ArrayList<>();
    waiting.removeIf(call -> call.cancelled() && cancelled.add(call) || call.expired() && expired.add(call));
    cancelled.forEach(PodRun::abandon);
    expired.forEach(PodRun::expire);
    Iterator<PodRun> next = waiting.iterator();
    while (next.hasNext() && (limit == null || running < limit)) {
      PodRun call = next.next();
      if (locks.tryAcquire(call.locks())) {
        next.remove();
        running++;
        call.start();
      }
    }
  }
}
