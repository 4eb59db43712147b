package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.PodResources;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/pod-resources-template-override.yaml}: the workflow's pods share one CPU and
 * 512Mi ({@code podResources}); the steps template {@code main} runs {@code small}, which keeps that
 * budget, then {@code large}, whose template overrides it with two CPUs and 1Gi for its main container
 * and its sidecar {@code helper} together. Locally the budgets are the cluster's to enforce; the sidecar's
 * {@code sh -c "sleep 10"} runs beside the step and is stopped when it ends.
 */
@Workflow(name = "pod-resources-template-override", style = Style.STEPS)
@PodResources(cpuLimit = "1", memoryLimit = "512Mi")
public class PodResourcesTemplateOverride {
  /** Prints "small step", as upstream's {@code echo}. */
  @Template
  public static void small() {
    System.out.println("small step");
  }

  /** Sleeps five seconds, then prints "large step", beside its sidecar. */
  @Template
  @PodResources(cpuLimit = "2", memoryLimit = "1Gi")
  @dev.jera.Sidecar(name = "helper", image = "busybox:1.36", command = {"sh", "-c"}, args = "sleep 10")
  public static void large() throws InterruptedException {
    Thread.sleep(5_000);
    System.out.println("large step");
  }

  @Script(name = "small") @Call(template = "small")
  static void smallStep() {}

  @Script(name = "large", after = "small") @Call(template = "large")
  static void largeStep() {}
}
