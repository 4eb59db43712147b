package dev.jera.samples.argo;

import dev.jera.Pod;
import dev.jera.Resources;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/resource-claims-template-override.yaml}: the workflow's pods claim a device
 * through {@code example-device-claim-template}; {@code other-device} overrides the claim of the same
 * name with a larger device's template. Both steps' main containers use the claim {@code accelerator}.
 */
@Workflow(
    name = "resource-claims-template-override",
    entrypoint = "main",
    style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=environment")
@Pod(resourceClaims = "accelerator=example-device-claim-template")
public class ResourceClaimsTemplateOverride {
  @Script(name = "default-device")
  @Resources(claims = "accelerator")
  public static void defaultDevice() {
    System.out.println("using the workflow default device");
  }

  @Script(name = "other-device", after = "default-device")
  @Pod(resourceClaims = "accelerator=example-large-device-claim-template")
  @Resources(claims = "accelerator")
  public static void otherDevice() {
    System.out.println("using a different device");
  }
}
