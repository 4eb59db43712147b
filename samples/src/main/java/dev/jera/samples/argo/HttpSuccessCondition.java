package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.HttpRequest;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/http-success-condition.yaml}: two HTTP templates that succeed by a condition of their own,
 * {@code http-status-is-201} on the status httpbin.org returns, {@code http-body-contains-google} on the body of
 * google.com, run side by side. Upstream's third, {@code http-headers-contains-cloudflare}, on a response header, is
 * called by no step; the port keeps it, as faithful ports do, and says so ({@code @SuppressWarnings("jera:UncalledTemplate")}).
 */
@Workflow(name = "http-template-condition", entrypoint = "main", style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=flaky",
    annotations = "workflows.argoproj.io/description=Exemplifies usage of successCondition in HTTP template (available since v3.3)\n")
public class HttpSuccessCondition {
  /** Succeeds only if the status is 201. */
  @Template(name = "http-status-is-201")
  @HttpRequest(value = "{{inputs.parameters.url}}", successCondition = "response.statusCode == 201")
  public static String httpStatusIs201(String url) {
    return null;
  }

  /** Succeeds only if the body contains "google". */
  @Template(name = "http-body-contains-google")
  @HttpRequest(value = "{{inputs.parameters.url}}", successCondition = "response.body contains \"google\"")
  public static String httpBodyContainsGoogle(String url) {
    return null;
  }

  /** Succeeds only if the response's header Server is "cloudflare". */
  @SuppressWarnings("jera:UncalledTemplate")
  @Template(name = "http-headers-contains-cloudflare")
  @HttpRequest(value = "{{inputs.parameters.url}}", successCondition = "response.headers[\"Server\"][0] == \"cloudflare\"")
  public static String httpHeadersContainsCloudflare(String url) {
    return null;
  }

  @Script(name = "http-status-is-201-succeeds") @Call(template = "http-status-is-201")
  static String statusIs201(@Value("https://httpbin.org/status/201") String url) {
    return null;
  }

  @Script(name = "http-body-contains-google-succeeds") @Call(template = "http-body-contains-google")
  static String bodyContainsGoogle(@Value("https://google.com") String url) {
    return null;
  }
}
