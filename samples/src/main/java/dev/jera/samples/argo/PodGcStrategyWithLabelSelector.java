package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Pod;
import dev.jera.PodGC;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/pod-gc-strategy-with-label-selector.yaml}: three steps run side by side;
 * Argo deletes, 30 seconds after it succeeds, only a pod labelled {@code should-be-deleted=true}
 * ({@code podGC} {@code OnPodSuccess} with a label selector), so {@code succeed-deleted}'s pod goes
 * and the others stay. The workflow fails, as upstream's does.
 */
@Workflow(
    name = "pod-gc-strategy-with-label-selector",
    entrypoint = "pod-gc-strategy-with-label-selector",
    style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=environment",
    podGC = PodGC.ON_POD_SUCCESS,
    podGCDelay = "30s",
    podGCSelector = "should-be-deleted=true")
public class PodGcStrategyWithLabelSelector {
  /** Fails, as upstream's {@code exit 1} does. */
  @Template(name = "fail")
  @Pod(labels = "should-be-deleted=true")
  public static void failing() {
    throw new IllegalStateException("exit 1");
  }

  /** Succeeds; its pod is deleted. */
  @Template
  @Pod(labels = "should-be-deleted=true")
  public static void succeedDeleted() {}

  /** Succeeds; its pod stays. */
  @Template
  @Pod(labels = "should-be-deleted=false")
  public static void succeedNotDeleted() {}

  @Script(name = "fail") @Call(template = "fail")
  static void failStep() {}

  @Script(name = "succeed-deleted") @Call(template = "succeed-deleted")
  static void succeedDeletedStep() {}

  @Script(name = "succeed-not-deleted") @Call(template = "succeed-not-deleted")
  static void succeedNotDeletedStep() {}
}
