package dev.jera.samples.gallery;

import dev.jera.Item;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;
import java.time.Duration;

/**
 * After Argo's {@code examples/parallelism-limit.yaml}: ten pods that each sleep, of which the workflow's
 * {@code parallelism} lets two run at once, so the whole takes five sleeps.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (parameter added; item passed as an input). The faithful ports, compared with the upstream files, are
 * in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-parallelism-limit", parallelism = 2)
@Param(value = "sleep", defaultValue = "PT10S", description = "how long each pod sleeps, as an ISO-8601 duration")
public class ParallelismLimit {

  @Script(items = {"this", "workflow", "should", "take", "at", "least", "60", "seconds", "to", "complete"})
  public static String sleep(@Item String word, @Param("sleep") Duration sleep) throws InterruptedException {
    Thread.sleep(sleep.toMillis());
    return word;
  }
}
