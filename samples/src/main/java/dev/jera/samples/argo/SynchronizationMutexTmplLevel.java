package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Container;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Synchronized;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/synchronization-mutex-tmpl-level.yaml}: two loops of five, side by side, one calling
 * {@code acquire-lock} (mutex {@code welcome}, 20 seconds) and one {@code acquire-lock-1} (mutex {@code test},
 * 50 seconds): the items of each loop run one at a time. Upstream's steps also pass the argument
 * {@code seconds}, which neither template declares, so Argo ignores it; the port leaves it out (Jera would
 * report it: CallUnknownInput).
 */
@Workflow(name = "synchronization-tmpl-level-mutex", entrypoint = "synchronization-tmpl-level-mutex-example",
    labels = "workflows.argoproj.io/no-test=environment", style = Style.STEPS)
public class SynchronizationMutexTmplLevel {
  /** Sleeps twenty seconds holding the mutex welcome. */
  @Template
  @Synchronized(mutex = "welcome")
  @Container(image = "alpine:3.23", command = {"sh", "-c"}, args = "sleep 20; echo acquired lock")
  public static void acquireLock() {}

  /** Sleeps fifty seconds holding the mutex test. */
  @Template(name = "acquire-lock-1")
  @Synchronized(mutex = "test")
  @Container(image = "alpine:3.23", command = {"sh", "-c"}, args = "sleep 50; echo acquired lock")
  public static void acquireLock1() {}

  @Script(name = "synchronization-acquire-lock", items = {"1", "2", "3", "4", "5"})
  @Call(template = "acquire-lock")
  static void acquire() {}

  @Script(name = "synchronization-acquire-lock1", items = {"1", "2", "3", "4", "5"})
  @Call(template = "acquire-lock-1")
  static void acquire1() {}
}
