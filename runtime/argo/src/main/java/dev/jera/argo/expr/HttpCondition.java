package dev.jera.argo.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@code http} template's {@code successCondition}: an expr-lang condition Argo's agent evaluates on the
 * response ({@code agent.go:executeHTTPTemplate}, with {@code argoexpr.EvalBool}). Its environment holds
 * {@code request.method}, {@code .url}, {@code .body}, {@code .bodyBytes}, {@code .headers} and
 * {@code response.statusCode}, {@code .body}, {@code .headers}; headers are Go's {@code http.Header}, each name
 * with a list of values ({@code response.headers["Server"][0]}), the response's names canonical ({@code Content-Type}).
 */
public final class HttpCondition {
  /** The variables of the environment, by their full names. */
  public static final List<String> VARIABLES = List.of("request.method", "request.url", "request.body",
      "request.bodyBytes", "request.headers", "response.statusCode", "response.body", "response.headers");
  /** The functions Jera evaluates. */
  public static final List<String> FUNCTIONS = ExprEvaluator.FUNCTIONS.stream().sorted().toList();

  /**
   * A name the condition reads: a root and the field it reads by a literal name ({@code response.body}), a bare
   * root, or a function.
   */
  public record Reference(String name, boolean function, int position) {}

  /**
   * The request as the template says it (after its tags are substituted); its headers as Argo's
   * {@code HTTPHeaders.ToHeader} gives them: as written, the last of a name winning, none from a Secret.
   */
  public record Request(String method, String url, String body, Map<String, List<String>> headers) {}

  /** The response: its status, body as text, and headers. */
  public record Response(int statusCode, String body, Map<String, List<String>> headers) {}

  private final String text;
  private final ExprNode root;

  private HttpCondition(String text, ExprNode root) {
    this.text = text;
    this.root = root;
  }

  /** @throws ExpressionException where it does not parse, with the column */
  public static HttpCondition parse(String text) {
    Objects.requireNonNull(text, "text");
    return new HttpCondition(text, ExprParser.parse(text));
  }

  public String text() {
    return text;
  }

  /** The variables and functions it reads, in order. */
  public List<Reference> references() {
    List<Reference> references = new ArrayList<>();
    for (RetryExpression.Reference reference : RetryExpression.parse(text).references()) {
      references.add(new Reference(reference.name(), reference.function(), reference.position()));
    }
    return references;
  }

  /**
   * Whether it holds for this exchange, as {@code argoexpr.EvalBool} decides.
   *
   * @throws ExpressionException when it fails or gives no boolean, with Argo's message
   */
  public boolean evaluate(Request request, Response response) {
    Map<String, Object> requestScope = new LinkedHashMap<>();
    requestScope.put("method", request.method());
    requestScope.put("url", request.url());
    requestScope.put("body", request.body());
    requestScope.put("bodyBytes", null);
    requestScope.put("headers", new LinkedHashMap<String, Object>(request.headers()));
    Map<String, Object> responseScope = new LinkedHashMap<>();
    responseScope.put("statusCode", (long) response.statusCode());
    responseScope.put("body", response.body());
    responseScope.put("headers", canonical(response.headers()));
    Map<String, Object> environment = new LinkedHashMap<>();
    environment.put("request", requestScope);
    environment.put("response", responseScope);
    Object result;
    try {
      result = new ExprEvaluator(environment).evaluate(root);
    } catch (IllegalArgumentException | ClassCastException e) {
      throw ExpressionException.whole("unable to evaluate expression '" + text + "': " + e.getMessage(), text,
          e.getMessage());
    }
    if (!(result instanceof Boolean)) {
      String reason = "unable to cast expression result '" + dev.jera.argo.go.GoValues.format(result) + "' to bool";
      throw ExpressionException.whole(reason, text, reason);
    }
    return (Boolean) result;
  }

  /** Headers as Go's {@code http.Header} holds them: names canonical, values in the order received. */
  private static Map<String, Object> canonical(Map<String, List<String>> headers) {
    Map<String, Object> canonical = new LinkedHashMap<>();
    headers.forEach((name, values) -> {
      @SuppressWarnings("unchecked")
      List<Object> into = (List<Object>) canonical.computeIfAbsent(canonicalName(name), key -> new ArrayList<>());
      into.addAll(values);
    });
    return canonical;
  }

  /** Go's {@code textproto.CanonicalMIMEHeaderKey}: each word's first letter upper case, the rest lower case. */
  static String canonicalName(String name) {
    for (char c : name.toCharArray()) {
      if (c == ' ' || c >= 0x7F) {
        return name; // Go leaves a name it cannot canonicalise as it is.
      }
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean upper = true;
    for (char c : name.toCharArray()) {
      out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
      upper = c == '-';
    }
    return out.toString();
  }
}
