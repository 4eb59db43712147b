package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Container;
import dev.jera.Hook;
import dev.jera.HttpRequest;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/life-cycle-hooks-wf-level.yaml}: the steps template {@code main} runs {@code step1}; the
 * workflow has two lifecycle hooks on the HTTP template {@code http}: {@code exit}, its exit handler, and
 * {@code running}, once the workflow's status is Running.
 */
@Workflow(name = "lifecycle-hook", entrypoint = "main", style = Style.STEPS)
public class LifeCycleHooksWfLevel {
  /** Upstream's heads, kept as its container. */
  @Template @Container(image = "alpine:3.23", command = {"sh", "-c"}, args = "echo \"it was heads\"")
  public static void heads() {}

  /** Gets a file of Argo's repository at a commit. */
  @Template @HttpRequest("https://raw.githubusercontent.com/argoproj/argo-workflows/4e450e250168e6b4d51a126b784e90b11a0162bc"
      + "/pkg/apis/workflow/v1alpha1/generated.swagger.json")
  public static String http() {
    return null;
  }

  @Script @Call(template = "heads")
  static void step1() {}

  /** The exit handler. */
  @Hook @Call(template = "http")
  static void exit() {}

  @Hook(name = "running", expression = "workflow.status == \"Running\"") @Call(template = "http")
  static void running() {}
}
