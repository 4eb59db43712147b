package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.ContinueOn;
import dev.jera.Resource;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/resource-flags.yaml}: {@code submit-resource} creates an OpenShift Route;
 * when that fails (the Route CRD is not installed, so kubectl's validation refuses it), the workflow goes
 * on and {@code submit-resource-without-validation} creates it again with {@code --validate=false}.
 */
@Workflow(name = "resource-validate", entrypoint = "resource-validate-example", style = Style.STEPS)
public class ResourceFlags {
  @Template(name = "create-route")
  @Resource(
      action = Resource.Action.CREATE,
      manifest = """
          apiVersion: route.openshift.io/v1
          kind: Route
          metadata:
            name: host-route
          spec:
            to:
              kind: Service
              name: service-name
          """)
  public static void createRoute() {}

  @Template(name = "create-route-without-validation")
  @Resource(
      action = Resource.Action.CREATE,
      flags = "--validate=false",
      manifest = """
          apiVersion: route.openshift.io/v1
          kind: Route
          metadata:
            name: host-route
          spec:
            to:
              kind: Service
              name: service-name
          """)
  public static void createRouteWithoutValidation() {}

  @Script(name = "submit-resource", continueOn = ContinueOn.FAILED) @Call(template = "create-route")
  static void submitResource() {}

  @Script(name = "submit-resource-without-validation", after = "submit-resource",
      when = "{{steps.submit-resource.status}} == Failed")
  @Call(template = "create-route-without-validation")
  static void submitResourceWithoutValidation() {}
}
