package dev.jera.runtime.local;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Argo's {@code parallelism} and {@code synchronization}: at most {@code limit} steps run at once, of
 * which at most {@code processLimit} as processes of this machine (see {@link MachineLimit}), and a step
 * starts only when it can take every lock its template holds; the others wait in order, so of the steps
 * waiting for a lock the first to ask takes it first. A waiting step whose run was cancelled before it
 * ever started is let go instead.
 */
final class PodPool {
  private final Integer limit;
  private final Integer processLimit;
  private final Locks locks;
  private final Deque<ScriptExecution> waiting = new ArrayDeque<>();
  private int running;
  private int processes;
  /** How many of the waiting steps run in this JVM, which the process limit does not hold back. */
  private int waitingThreads;

  /**
   * A pool of {@code limit} slots, of which {@code processLimit} for steps that run as processes (each
   * unlimited when {@code null}), whose steps take {@code locks}.
   */
  PodPool(Integer limit, Integer processLimit, Locks locks) {
    this.limit = limit;
    this.processLimit = processLimit;
    this.locks = locks;
  }

  /** Queues an attempt of {@code execution}; it starts when a slot is free. */
  void request(ScriptExecution execution) {
    waiting.add(execution);
    if (!execution.runsAsProcess()) {
      waitingThreads++;
    }
    drain();
  }

  /**
   * A running attempt of {@code execution} ended: its locks are free again. Its slot is handed on at the
   * next {@link #drain}, once the flow has seen the ending: a failure must stop new steps before the
   * slot goes to one.
   */
  void release(ScriptExecution execution) {
    running--;
    if (execution.runsAsProcess()) {
      processes--;
    }
    locks.release(execution.locks());
  }

  /** Lets go of every waiting step that was cancelled, then starts what fits. */
  void drain() {
    List<ScriptExecution> cancelled = new ArrayList<>();
    waiting.removeIf(execution -> execution.cancelled() && cancelled.add(execution));
    cancelled.forEach(execution -> {
      if (!execution.runsAsProcess()) {
        waitingThreads--;
      }
      execution.abandon();
    });
    Iterator<ScriptExecution> next = waiting.iterator();
    while (next.hasNext() && (limit == null || running < limit)) {
      boolean processesFull = processLimit != null && processes >= processLimit;
      if (processesFull && waitingThreads == 0) {
        break;
      }
      ScriptExecution execution = next.next();
      boolean process = execution.runsAsProcess();
      if (process && processesFull) {
        continue;
      }
      if (locks.tryAcquire(execution.locks())) {
        next.remove();
        running++;
        if (process) {
          processes++;
        } else {
          waitingThreads--;
        }
        execution.start();
      }
    }
  }
}
