package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Container;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Synchronized;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/synchronization-tmpl-level.yaml}: a loop of five calls {@code acquire-lock}, which
 * holds the semaphore whose limit is key {@code template} of ConfigMap {@code my-config}: as many items run
 * at once as it says. Upstream's step also passes the argument {@code seconds}, which the template does not
 * declare, so Argo ignores it; the port leaves it out (Jera would report it: CallUnknownInput).
 */
@Workflow(name = "synchronization-tmpl-level", entrypoint = "synchronization-tmpl-level-example",
    labels = "workflows.argoproj.io/no-test=environment", style = Style.STEPS)
public class SynchronizationTmplLevel {
  /** Sleeps ten seconds holding a permit of the semaphore. */
  @Template
  @Synchronized(semaphore = "my-config/template")
  @Container(image = "alpine:3.23", command = {"sh", "-c"}, args = "sleep 10; echo acquired lock")
  public static void acquireLock() {}

  @Script(name = "synchronization-acquire-lock", items = {"1", "2", "3", "4", "5"})
  @Call(template = "acquire-lock")
  static void acquire() {}
}
