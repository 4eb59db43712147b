package dev.jera.runtime.local;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
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
 */
final class Coordinator implements AutoCloseable {
  private final BlockingQueue<Runnable> events = new LinkedBlockingQueue<>();
  private final ExecutorService workers = Executors.newCachedThreadPool(daemons("jera-worker-"));
  private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemons("jera-timer-"));

  /** Runs {@code work} on a worker, then {@code then} here with its value or what it threw. */
  <T> void offload(Callable<T> work, BiConsumer<T, Throwable> then) {
    workers.execute(() -> {
      try {
        T value = work.call();
        events.add(() -> then.accept(value, null));
      } catch (Throwable e) {
        events.add(() -> then.accept(null, e));
      }
    });
  }

  /** Runs {@code event} here after {@code delay}. */
  void later(Duration delay, Runnable event) {
    if (delay.isZero() || delay.isNegative()) {
      events.add(event);
    } else {
      long nanos = delay.compareTo(Duration.ofNanos(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : delay.toNanos();
      timers.schedule(() -> events.add(event), nanos, TimeUnit.NANOSECONDS);
    }
  }

  /**
   * Advances {@code flow} and hands free slots of {@code pool} on, then again after each event, until
   * the flow has finished.
   */
  void drive(Flow flow, PodPool pool) throws InterruptedException {
    flow.advance();
    pool.drain();
    while (!flow.finished()) {
      events.take().run();
      flow.advance();
      pool.drain();
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
    timers.shutdownNow();
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
