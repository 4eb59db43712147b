package dev.jera.samples.argo;

import dev.jera.Pod;
import dev.jera.Resources;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/resource-claims.yaml}: the workflow's pods claim a device through the
 * ResourceClaimTemplate {@code example-device-claim-template} (dynamic resource allocation), and the
 * main container of {@code show-devices} uses the claim {@code accelerator}.
 */
@Workflow(name = "resource-claims", entrypoint = "show-devices")
@Pod(resourceClaims = "accelerator=example-device-claim-template")
public class ResourceClaims {
  /** Says it uses the device, as upstream's {@code echo} does. */
  @Template
  @Resources(claims = "accelerator")
  public static void showDevices() {
    System.out.println("using the allocated device");
  }
}
