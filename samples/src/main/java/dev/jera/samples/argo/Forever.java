package dev.jera.samples.argo;

import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/forever.yaml}: the workflow named exactly {@code forever} counts from 1 to
 * 1000, one number a second (about 17 minutes).
 */
@Workflow(
    name = "forever",
    generateName = false,
    entrypoint = "main",
    labels = "workflows.argoproj.io/no-test=duration")
public class Forever {
  /** Prints 1 to 1000, sleeping a second after each. */
  @Template
  public static void main() throws InterruptedException {
    for (int i = 1; i <= 1000; i++) {
      System.out.println(i);
      Thread.sleep(1000);
    }
  }
}
