package dev.jera.local.engine;

import dev.jera.local.launch.Folders;
import dev.jera.local.launch.ProcessStep;
import dev.jera.local.launch.StepReaper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The runs of this JVM that have not ended, so that SIGINT and SIGTERM end them the way a failure
 * would: when the JVM begins to shut down, each run is interrupted ({@link Coordinator}), its running
 * steps are stopped, and it writes its record and tells its listener (the command line prints its table)
 * before the JVM goes, for {@link #GRACE} at most; then every step process still alive is killed, and
 * the temporary folders of the JVM's runs are removed.
 * Nothing runs on {@code kill -9}: {@link StepReaper} kills the step processes then.
 */
public final class ActiveRuns {
  /** How long the runs have to record themselves once the JVM shuts down. */
  static final Duration GRACE = Duration.ofSeconds(10);

  private static final Map<Coordinator, CountDownLatch> RUNS = new ConcurrentHashMap<>();
  private static final Set<Path> TEMPORARY = ConcurrentHashMap.newKeySet();

  static {
    try {
      Runtime.getRuntime().addShutdownHook(new Thread(ActiveRuns::stopAll, "jera-stop-runs"));
    } catch (IllegalStateException e) {
      // The JVM is shutting down already: no run can start now.
    }
  }

  private ActiveRuns() {}

  /** {@code run} has started; {@link #ended} must follow once it is recorded and its listener told. */
  static void started(Coordinator run) {
    RUNS.put(run, new CountDownLatch(1));
  }

  /** {@code run} is recorded. */
  static void ended(Coordinator run) {
    CountDownLatch done = RUNS.remove(run);
    if (done != null) {
      done.countDown();
    }
  }

  /** Removes {@code folder} and everything in it when the JVM exits, once its runs have stopped. */
  public static void removeAtExit(Path folder) {
    TEMPORARY.add(folder);
  }

  private static void stopAll() {
    Map<Coordinator, CountDownLatch> runs = Map.copyOf(RUNS);
    runs.keySet().forEach(Coordinator::interruptFromOutside);
    Instant end = Instant.now().plus(GRACE);
    for (CountDownLatch done : runs.values()) {
      try {
        done.await(Math.max(0, Duration.between(Instant.now(), end).toMillis()), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        break;
      }
    }
    ProcessStep.destroyAll();
    TEMPORARY.forEach(Folders::delete);
  }
}
