package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Container;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Synchronized;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/synchronization-db-tmpl-level.yaml}: a loop of five calls {@code acquire-lock},
 * which holds the database semaphore {@code template}: as many items run at once, across every workflow
 * of the namespace, as row {@code <namespace>/template} of the database's {@code sync_limit} says
 * (locally: {@code jera run synchronization-db-tmpl-level --semaphore template=2}, else one). Upstream's
 * step also passes the argument {@code seconds}, which the template does not declare, so Argo ignores
 * it; the port leaves it out.
 */
@Workflow(name = "synchronization-db-tmpl-level", entrypoint = "synchronization-db-tmpl-level-example",
    labels = "workflows.argoproj.io/no-test=environment", style = Style.STEPS)
public class SynchronizationDbTmplLevel {
  /** Sleeps ten seconds holding a permit of the database semaphore {@code template}. */
  @Template
  @Synchronized(semaphore = "template", database = true)
  @Container(image = "alpine:3.23", command = {"sh", "-c"}, args = "sleep 10; echo acquired lock")
  public static void acquireLock() {}

  @Script(name = "synchronization-acquire-lock", items = {"1", "2", "3", "4", "5"})
  @Call(template = "acquire-lock")
  static void acquire() {}
}
