package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.argo.KubeNames;
import dev.jera.argo.TemplateText;
import dev.jera.argo.expr.ExpressionException;
import dev.jera.argo.expr.HttpCondition;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.HttpMessages;
import dev.jera.processor.diagnostic.Message;
import dev.jera.processor.model.HttpHeader;
import dev.jera.processor.model.HttpRequestModel;
import dev.jera.processor.model.KeyValue;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SecretHeader;
import dev.jera.processor.model.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code @HttpRequest} templates are requests Argo's agent can send ({@code agent.go:executeHTTPTemplate}): they run
 * nothing else, ask for no pod of their own (Argo's rules on podResources and resourceClaims), name an HTTP method,
 * an http(s) URL once their tags are values, headers of the form {@code "Name: value"}, a successCondition that
 * parses and reads only {@code request.*} and {@code response.*}, and leave nothing but their result.
 */
final class HttpRequestRule implements Rule {
  /** The methods of RFC 9110 and PATCH (RFC 5789), as Go's net/http names them. */
  static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE");
  /** Stands for a substituted tag: a name a condition cannot otherwise contain. */
  private static final String PLACEHOLDER = "jeraInput";

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().pods()) {
      if (script.http().isEmpty()) {
        continue;
      }
      HttpRequestModel http = script.http().get();
      String method = script.methodName();
      also(script).ifPresent(what -> diagnostics.report(http.site(), HttpMessages.withCommand(method, what)));
      script.settings().podResources().ifPresent(resources ->
          diagnostics.report(resources.site(), HttpMessages.podSetting(method, "@PodResources (podResources)")));
      script.settings().placement().ifPresent(placement -> {
        for (Parsed<KeyValue> claim : placement.resourceClaims()) {
          diagnostics.report(claim.text().site(), HttpMessages.podSetting(method, "resource claim \"" + claim.text().value() + "\""));
        }
      });
      http.method().ifPresent(given -> methodProblem(given.value())
          .ifPresent(problem -> diagnostics.report(given.site(), problem)));
      urlProblem(http.url().value()).ifPresent(problem ->
          diagnostics.report(http.url().site(), HttpMessages.invalidUrl(http.url().value(), problem)));
      for (Text header : http.headers()) {
        if (HttpHeader.parse(header.value()).isEmpty()) {
          diagnostics.report(header.site(), HttpMessages.invalidHeader(header.value()));
        }
      }
      for (Text header : http.secretHeaders()) {
        secretHeaderProblem(header.value()).ifPresent(problem ->
            diagnostics.report(header.site(), HttpMessages.invalidSecretHeader(header.value(), problem)));
      }
      http.successCondition().ifPresent(condition -> conditionProblem(condition.value())
          .ifPresent(problem -> diagnostics.report(condition.site(), problem)));
      if (http.timeoutSeconds() < 0) {
        diagnostics.report(http.timeoutSite(), HttpMessages.negativeTimeout(http.timeoutSeconds()));
      }
      for (OutputModel output : script.outputs()) {
        diagnostics.report(output.site(), HttpMessages.output(output.name().value(), method));
      }
      if (script.returnsArtifact()) {
        diagnostics.report(script.site(), HttpMessages.fileResult(method, script.returns().display()));
      }
    }
  }

  /** What else the template runs, in the user's words; empty when nothing. */
  private static Optional<String> also(ScriptModel script) {
    List<String> also = PodlessTemplate.alsoRuns(script);
    return also.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", also));
  }

  private static Optional<Message> methodProblem(String given) {
    if (given.contains("{{") || METHODS.contains(given)) {
      return Optional.empty();
    }
    String upper = given.strip().toUpperCase(Locale.ROOT);
    Optional<String> closest = METHODS.contains(upper) ? Optional.of(upper) : DidYouMean.closest(upper, METHODS);
    return Optional.of(HttpMessages.invalidMethod(given, closest, METHODS));
  }

  /** Why Go's client could not request {@code url}; empty when it can, or when a tag gives its scheme or host. */
  static Optional<String> urlProblem(String url) {
    String substituted;
    try {
      substituted = TemplateText.parse(url).withPlaceholders("jera-value");
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // TemplateTagRule reports the unclosed tag.
    }
    if (url.strip().startsWith("{{")) {
      return Optional.empty(); // The caller gives the whole URL, or at least its scheme.
    }
    URI uri;
    try {
      uri = new URI(substituted);
    } catch (URISyntaxException e) {
      return Optional.of(e.getReason() + (e.getIndex() >= 0 && url.equals(substituted) ? " at index " + e.getIndex() : ""));
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      return Optional.of("it has no scheme");
    }
    if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
      return Optional.of("unsupported protocol scheme \"" + scheme + "\"");
    }
    if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
      return Optional.of("it has no host");
    }
    return Optional.empty();
  }

  private static Optional<String> secretHeaderProblem(String written) {
    if (HttpHeader.parse(written).isEmpty()) {
      return Optional.of("");
    }
    Optional<SecretHeader> header = SecretHeader.parse(written);
    if (header.isEmpty()) {
      return Optional.of(": the value names no Secret and key");
    }
    return KubeNames.dns1123Subdomain(header.get().secret()).map(problem -> ": the Secret's name " + problem)
        .or(() -> KubeNames.secretKey(header.get().key()).map(problem -> ": the key " + problem));
  }

  /** What is wrong with a successCondition, in the user's terms with the fix; empty when Argo can evaluate it. */
  static Optional<Message> conditionProblem(String text) {
    String substituted;
    try {
      substituted = TemplateText.parse(text).substitute(tag -> Optional.of(PLACEHOLDER));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // TemplateTagRule reports the unclosed tag.
    }
    HttpCondition condition;
    try {
      condition = HttpCondition.parse(substituted);
    } catch (ExpressionException e) {
      return Optional.of(HttpMessages.conditionSyntax(text, e.reason(), text.equals(substituted) ? e.column() : 0));
    }
    for (HttpCondition.Reference reference : condition.references()) {
      String name = reference.name();
      if (reference.function()) {
        if (!HttpCondition.FUNCTIONS.contains(name)) {
          return Optional.of(HttpMessages.conditionUnknownFunction(
              text, name, DidYouMean.closest(name, HttpCondition.FUNCTIONS), HttpCondition.FUNCTIONS));
        }
      } else if (!name.equals(PLACEHOLDER) && !name.equals("request") && !name.equals("response")
          && !HttpCondition.VARIABLES.contains(name)) {
        return Optional.of(HttpMessages.conditionUnknownName(
            text, name, DidYouMean.closest(name, HttpCondition.VARIABLES), HttpCondition.VARIABLES));
      }
    }
    return Optional.empty();
  }
}
