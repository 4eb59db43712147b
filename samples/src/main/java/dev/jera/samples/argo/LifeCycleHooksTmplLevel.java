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
 * Argo's {@code examples/life-cycle-hooks-tmpl-level.yaml}: the steps template {@code main} runs {@code step-1},
 * then {@code step2}, each with two lifecycle hooks on the HTTP template {@code http}: {@code running}, once the
 * step's status is Running, and {@code success}, once it is Succeeded (expr-lang reads a name with a hyphen as
 * {@code steps["step-1"]}).
 */
@Workflow(name = "lifecycle-hook-tmpl-level", entrypoint = "main", style = Style.STEPS)
public class LifeCycleHooksTmplLevel {
  /** Upstream's echo, kept as its container. */
  @Template @Container(image = "alpine:3.23", command = {"sh", "-c"}, args = "echo \"it was heads\"")
  public static void echo() {}

  /** Gets a file of Argo's repository at a commit. */
  @Template @HttpRequest("https://raw.githubusercontent.com/argoproj/argo-workflows/4e450e250168e6b4d51a126b784e90b11a0162bc"
      + "/pkg/apis/workflow/v1alpha1/generated.swagger.json")
  public static String http() {
    return null;
  }

  @Script(name = "step-1") @Call(template = "echo")
  static void step1() {}

  @Script(after = "step-1") @Call(template = "echo")
  static void step2() {}

  @Hook(on = "step-1", name = "running", expression = "steps[\"step-1\"].status == \"Running\"") @Call(template = "http")
  static void step1Running() {}

  @Hook(on = "step-1", name = "success", expression = "steps[\"step-1\"].status == \"Succeeded\"") @Call(template = "http")
  static void step1Success() {}

  @Hook(on = "step2", name = "running", expression = "steps.step2.status == \"Running\"") @Call(template = "http")
  static void step2Running() {}

  @Hook(on = "step2", name = "success", expression = "steps.step2.status == \"Succeeded\"") @Call(template = "http")
  static void step2Success() {}
}
