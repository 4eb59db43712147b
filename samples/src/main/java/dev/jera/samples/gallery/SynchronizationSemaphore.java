package dev.jera.samples.gallery;

import dev.jera.Item;
import dev.jera.Script;
import dev.jera.Synchronized;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/synchronization-tmpl-level.yaml}: a step whose pods hold the semaphore that
 * the key {@code template} of ConfigMap {@code my-config} sizes (say {@code "3"}): of the five items,
 * and of every other step in the namespace that names it, at most that many run at once.
 * Argo's pods sleep 10s to show the queue; these do one batch of work each.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (step renamed; the loop item passed as an input upstream does not have). The faithful ports, compared
 * with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-synchronization-semaphore")
public class SynchronizationSemaphore {

  @Script(items = {"1", "2", "3", "4", "5"})
  @Synchronized(semaphore = "my-config/template")
  public static String acquireLock(@Item int batch) {
    return "acquired lock for batch " + batch;
  }
}
