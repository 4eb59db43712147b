package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.PodGC;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/pod-gc-strategy.yaml}: the steps {@code fail} and {@code succeed} run side by
 * side; Argo deletes each pod 30 seconds after it succeeds ({@code podGC} {@code OnPodSuccess}), so
 * only the failed pod stays. The workflow fails, as upstream's does.
 */
@Workflow(
    name = "pod-gc-strategy",
    entrypoint = "pod-gc-strategy",
    style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=environment",
    podGC = PodGC.ON_POD_SUCCESS,
    podGCDelay = "30s")
public class PodGcStrategy {
  /** Fails, as upstream's {@code exit 1} does. */
  @Template(name = "fail")
  public static void failing() {
    throw new IllegalStateException("exit 1");
  }

  /** Succeeds, as upstream's {@code exit 0} does. */
  @Template
  public static void succeed() {}

  @Script(name = "fail") @Call(template = "fail")
  static void failStep() {}

  @Script(name = "succeed") @Call(template = "succeed")
  static void succeedStep() {}
}
