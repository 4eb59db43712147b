package dev.jera.local.engine;

import dev.jera.local.launch.MachineLimit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Argo's {@code parallelism} and {@code synchronization}: at most {@code limit} pods run at once, of
 * which at most {@code processLimit} as processes of this machine (see {@link MachineLimit}), and a pod
 * starts only when it can take every lock its template holds; the others wait in order, so of the pods
 * waiting for a lock the first to ask takes it first. A waiting call that will never start (its flow
 * stopped) is let go; once the workflow's deadline has passed, waiting calls no longer wait: their pods
 * fail at once without running, as Argo creates no pod past the deadline.
 */
final class PodPool {
  private final Integer limit;
  private final Integer processLimit;
  private final Locks locks;
  private final Deque<PodRun> waiting = new ArrayDeque<>();
  private int running;
  private int processes;
  /** How many of the waiting calls run in this JVM, which the process limit does not hold back. */
  private int waitingThreads;

  /**
   * A pool of {@code limit} slots, of which {@code processLimit} for pods that run as processes (each
   * unlimited when {@code null}), whose pods take {@code locks}.
   */
  PodPool(Integer limit, Integer processLimit, Locks locks) {
    this.limit = limit;
    this.processLimit = processLimit;
    this.locks = locks;
  }

  /** Queues an attempt of {@code call}; it starts when a slot is free. */
  void request(PodRun call) {
    waiting.add(call);
    if (!call.runsAsProcess()) {
      waitingThreads++;
    }
    drain();
  }

  /**
   * A running attempt of {@code call} ended: its locks are free again. Its slot is handed on at the
   * next {@link #drain}, once the flow has seen the ending.
   */
  void release(PodRun call) {
    running--;
    if (call.runsAsProcess()) {
      processes--;
    }
    locks.release(call.locks());
  }

  /** Lets go of every waiting call that was cancelled or expired, then starts what fits. */
  void drain() {
    List<PodRun> cancelled = new ArrayList<>();
    List<PodRun> expired = new ArrayList<>();
    waiting.removeIf(call -> call.cancelled() && cancelled.add(call) || call.expired() && expired.add(call));
    for (List<PodRun> leaving : List.of(cancelled, expired)) {
      leaving.forEach(call -> {
        if (!call.runsAsProcess()) {
          waitingThreads--;
        }
      });
    }
    cancelled.forEach(PodRun::abandon);
    expired.forEach(PodRun::expire);
    Iterator<PodRun> next = waiting.iterator();
    while (next.hasNext() && (limit == null || running < limit)) {
      boolean processesFull = processLimit != null && processes >= processLimit;
      if (processesFull && waitingThreads == 0) {
        break;
      }
      PodRun call = next.next();
      boolean process = call.runsAsProcess();
      if (process && processesFull) {
        continue;
      }
      if (locks.tryAcquire(call.locks())) {
        next.remove();
        running++;
        if (process) {
          processes++;
        } else {
          waitingThreads--;
        }
        call.start();
      }
    }
  }
}
