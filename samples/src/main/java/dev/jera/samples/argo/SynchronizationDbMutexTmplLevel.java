package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Container;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Synchronized;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/synchronization-db-mutex-tmpl-level.yaml}: two loops of five run in parallel,
 * one calling {@code acquire-lock}, which holds the database mutex {@code welcome}, the other
 * {@code acquire-lock-1}, which holds the database mutex {@code test}: within each loop one item runs at a
 * time, across every workflow of the namespace (Argo v3.7+, with a synchronization database). Upstream's
 * steps also pass the argument {@code seconds}, which neither template declares, so Argo ignores it; the
 * port leaves it out.
 */
@Workflow(name = "synchronization-db-tmpl-level-mutex", entrypoint = "synchronization-db-tmpl-level-mutex-example",
    labels = "workflows.argoproj.io/no-test=environment", style = Style.STEPS)
public class SynchronizationDbMutexTmplLevel {
  /** Sleeps 20 seconds holding the database mutex {@code welcome}. */
  @Template
  @Synchronized(mutex = "welcome", database = true)
  @Container(image = "alpine:3.23", command = {"sh", "-c"}, args = "sleep 20; echo acquired lock")
  public static void acquireLock() {}

  /** Sleeps 50 seconds holding the database mutex {@code test}. */
  @Template(name = "acquire-lock-1")
  @Synchronized(mutex = "test", database = true)
  @Container(image = "alpine:3.23", command = {"sh", "-c"}, args = "sleep 50; echo acquired lock")
  public static void acquireLock1() {}

  @Script(name = "synchronization-acquire-lock", items = {"1", "2", "3", "4", "5"})
  @Call(template = "acquire-lock")
  static void acquire() {}

  @Script(name = "synchronization-acquire-lock1", items = {"1", "2", "3", "4", "5"})
  @Call(template = "acquire-lock-1")
  static void acquire1() {}
}
