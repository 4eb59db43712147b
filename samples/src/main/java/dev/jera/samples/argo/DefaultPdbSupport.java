package dev.jera.samples.argo;

import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/default-pdb-support.yaml}: one ten-second step whose pod a
 * PodDisruptionBudget protects ({@code minAvailable} 9999, more than the workflow's pods, so no pod
 * may be evicted), run as the service account {@code default}.
 */
@Workflow(name = "default-pdb-support", entrypoint = "pdbcreate", serviceAccount = "default", minAvailable = "9999")
public class DefaultPdbSupport {
  /** Sleeps ten seconds, as upstream's {@code sleep 10}. */
  @Template
  public static void pdbcreate() throws InterruptedException {
    Thread.sleep(10_000);
  }
}
