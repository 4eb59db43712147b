package dev.jera.local.engine;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * The single thread that owns a run's state. Steps run on worker threads and timers fire on a timer
 * thread, but what they report comes back here as events, run one at a time; so deciding what runs
 * next needs no locks.
 *
 * <p>A run is interrupted when this thread is, or when {@link #interruptFromOutside} asks (on SIGINT or
 * SIGTERM, see {@link ActiveRuns}): the work of running attempts is interrupted (which kills a step's
 * process, and lets go of a step's thread), waiting timers fire at once, and from then on
 * {@link #interrupted()} tells steps not to start or retry; so the run ends within moments and is
 * recorded as usual.
 */
final class Coordinator implements AutoCloseable {
  private final BlockingQueue<Runnable> events = new LinkedBlockingQueue<>();
  private final ExecutorService workers = Executors.newCachedThreadPool(daemons("jera-worker-"));
  private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemons("jera-timer-"));
  /** The workers running offloaded work now. */
  private final Set<Thread> busy = ConcurrentHashMap.newKeySet();
  /** The events of timers that have not fired yet. */
  private final Set<Timer> waiting = ConcurrentHashMap.newKeySet();
  private volatile boolean interrupted;
  private boolean callerInterrupted;

  /** Runs {@code work} on a worker, then {@code then} here with its value or what it threw. */
  <T> void offload(Callable<T> work, BiConsumer<T, Throwable> then) {
    offload(work, then, new Stoppable());
  }

  /**
   * Runs {@code work} on a worker as {@link #offload(Callable, BiConsumer)} does, and gives a handle that
   * interrupts it (which kills a step's process): a daemon's, when the template that started it ends.
   */
  <T> Stoppable offloadStoppable(Callable<T> work, BiConsumer<T, Throwable> then) {
    Stoppable stoppable = new Stoppable();
    offload(work, then, stoppable);
    return stoppable;
  }

  private <T> void offload(Callable<T> work, BiConsumer<T, Throwable> then, Stoppable stoppable) {
    workers.execute(() -> {
      busy.add(Thread.currentThread());
      try {
        if (interrupted || !stoppable.enter()) {
          throw new InterruptedException("the run was interrupted");
        }
        T value;
        try {
          value = work.call();
        } finally {
          stoppable.leave();
        }
        T result = value;
        events.add(() -> then.accept(result, null));
      } catch (Throwable e) {
        events.add(() -> then.accept(null, e));
      } finally {
        busy.remove(Thread.currentThread());
        Thread.interrupted();
      }
    });
  }

  /** Work on a worker that can be stopped: the thread doing it is interrupted, once, if it still does it. */
  static final class Stoppable {
    private Thread thread;
    private boolean stopped;

    /** Stops the work: interrupts its thread, or keeps it from starting. */
    synchronized void stop() {
      stopped = true;
      if (thread != null) {
        thread.interrupt();
      }
    }

    private synchronized boolean enter() {
      if (stopped) {
        return false;
      }
      thread = Thread.currentThread();
      return true;
    }

    private synchronized void leave() {
      thread = null;
    }
  }

  /** Runs {@code event} here after {@code delay}, or at once when the run is interrupted. */
  void later(Duration delay, Runnable event) {
    if (delay.isZero() || delay.isNegative() || interrupted) {
      events.add(event);
    } else {
      Timer timer = new Timer(event);
      waiting.add(timer);
      long nanos = delay.compareTo(Duration.ofNanos(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : delay.toNanos();
      timers.schedule(timer::fire, nanos, TimeUnit.NANOSECONDS);
    }
  }

  /**
   * Advances {@code flow} and hands free slots of {@code pool} on, then again after each event, until
   * the flow has finished.
   */
  void drive(Flow flow, PodPool pool) {
    flow.advance();
    pool.drain();
    while (!flow.finished()) {
      Runnable event;
      try {
        event = events.take();
      } catch (InterruptedException e) {
        callerInterrupted = true;
        event = this::interrupt;
      }
      event.run();
      flow.advance();
      pool.drain();
    }
  }

  /** Handles events, handing free slots of {@code pool} on, until {@code done} holds: the run's daemons have ended. */
  void settle(java.util.function.BooleanSupplier done, PodPool pool) {
    pool.drain();
    while (!done.getAsBoolean()) {
      Runnable event;
      try {
        event = events.take();
      } catch (InterruptedException e) {
        callerInterrupted = true;
        event = this::interrupt;
      }
      event.run();
      pool.drain();
    }
  }

  /** Asks, from any thread, that the run be interrupted; it is, once this thread takes the request. */
  void interruptFromOutside() {
    events.add(this::interrupt);
  }

  /** Whether the run was interrupted: no step starts or is retried any more. */
  boolean interrupted() {
    return interrupted;
  }

  /** Whether the thread driving the run was interrupted; it should be again once the run is recorded. */
  boolean callerInterrupted() {
    return callerInterrupted;
  }

  private void interrupt() {
    if (interrupted) {
      return;
    }
    interrupted = true;
    busy.forEach(Thread::interrupt);
    waiting.forEach(Timer::fire);
  }

  @Override
  public void close() {
    workers.shutdownNow();
    timers.shutdownNow();
  }

  /** An event that fires once: when its delay has passed, or earlier when the run is interrupted. */
  private final class Timer {
    private final Runnable event;

    Timer(Runnable event) {
      this.event = event;
    }

    void fire() {
      if (waiting.remove(this)) {
        events.add(event);
      }
    }
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
