package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.ContinueOn;
import dev.jera.HttpRequest;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/http-hello-world.yaml}: the steps {@code good} and {@code bad} run the HTTP template
 * {@code http} side by side, {@code good} on a file of Argo's repository at a commit, {@code bad} on the same path at
 * a commit that does not exist: its 404 fails it, which its {@code continueOn: failed} lets the workflow survive.
 */
@Workflow(name = "http-template", entrypoint = "main", style = Style.STEPS,
    annotations = {"workflows.argoproj.io/description=Http template will demostrate http template functionality\n",
        "workflows.argoproj.io/version=>= 3.2.0"})
public class HttpHelloWorld {
  /** Gets the URL it is given; its result is the response's body. */
  @Template @HttpRequest("{{inputs.parameters.url}}")
  public static String http(String url) {
    return null;
  }

  @Script @Call(template = "http")
  static String good(@Value("https://raw.githubusercontent.com/argoproj/argo-workflows/4e450e250168e6b4d51a126b784e90b11a0162bc"
      + "/pkg/apis/workflow/v1alpha1/generated.swagger.json") String url) {
    return null;
  }

  @Script(continueOn = ContinueOn.FAILED) @Call(template = "http")
  static String bad(@Value("https://raw.githubusercontent.com/argoproj/argo-workflows/thisisnotahash"
      + "/pkg/apis/workflow/v1alpha1/generated.swagger.json") String url) {
    return null;
  }
}
