package dev.jera.processor.diagnostic;

import java.util.List;
import java.util.Optional;

/** Messages about {@code @HttpRequest} templates. */
public final class HttpMessages {
  private HttpMessages() {}

  public static Message withCommand(String method, String what) {
    return MessageId.HTTP_WITH_COMMAND.with(
        method + "() is an @HttpRequest template, which Argo's agent runs by sending the request, but it also has " + what
        + "; remove one of them");
  }

  public static Message invalidMethod(String given, Optional<String> closest, List<String> methods) {
    return MessageId.INVALID_HTTP_METHOD.with(
        "@HttpRequest(method = \"" + given + "\") is not an HTTP method"
        + closest.map(c -> "; did you mean \"" + c + "\"?").orElse("; write one of " + String.join(", ", methods)));
  }

  public static Message invalidUrl(String url, String problem) {
    return MessageId.INVALID_HTTP_URL.with(
        "the @HttpRequest URL \"" + url + "\" is not one Argo's agent can request: " + problem
        + "; write an absolute http:// or https:// URL, e.g. \"https://example.com/api\"");
  }

  public static Message invalidHeader(String header) {
    return MessageId.INVALID_REQUEST_HEADER.with(
        "@HttpRequest header \"" + header + "\" is not of the form \"Name: value\"; write e.g. \"Accept: application/json\"");
  }

  public static Message invalidSecretHeader(String header, String problem) {
    return MessageId.INVALID_REQUEST_HEADER.with(
        "@HttpRequest(secretHeaders) entry \"" + header + "\" is not of the form \"Name: secret/key\"" + problem
        + "; write e.g. \"Authorization: api-token/header\" for the key header of the Secret api-token");
  }

  public static Message conditionSyntax(String condition, String reason, int column) {
    return MessageId.INVALID_HTTP_CONDITION.with(
        "@HttpRequest(successCondition = \"" + condition + "\") is not an expression Argo can evaluate: " + reason
        + (column > 0 ? " (column " + column + ")" : "") + "; write e.g. response.statusCode == 201");
  }

  public static Message conditionUnknownName(String condition, String name, Optional<String> closest, List<String> known) {
    return MessageId.INVALID_HTTP_CONDITION.with(
        "@HttpRequest(successCondition = \"" + condition + "\") reads " + name + ", which Argo does not give a successCondition"
        + closest.map(c -> "; did you mean " + c + "?").orElse("; it reads " + String.join(", ", known)));
  }

  public static Message conditionUnknownFunction(String condition, String name, Optional<String> closest, List<String> known) {
    return MessageId.INVALID_HTTP_CONDITION.with(
        "@HttpRequest(successCondition = \"" + condition + "\") calls " + name + "(), which Jera does not evaluate"
        + closest.map(c -> "; did you mean " + c + "()?").orElse("; use one of " + String.join(", ", known)));
  }

  public static Message negativeTimeout(int seconds) {
    return MessageId.INVALID_HTTP_TIMEOUT.with(
        "@HttpRequest(timeoutSeconds = " + seconds + ") is negative; give a number of seconds, or leave it out for Argo's 30");
  }

  public static Message output(String name, String method) {
    return MessageId.HTTP_OUTPUT.with(
        "output '" + name + "' of " + method + "() cannot be set: an @HttpRequest template's only output is its result,"
        + " the response's body; remove the @Output and read the step's result (@From(\"step\"))");
  }

  public static Message fileResult(String method, String type) {
    return MessageId.HTTP_OUTPUT.with(
        method + "() returns " + type + ", a file, but an @HttpRequest template's result is the response's body as text;"
        + " return String (or a type to decode the body into as JSON)");
  }

  public static Message podSetting(String method, String what) {
    return MessageId.HTTP_POD_SETTING.with(
        method + "() is an @HttpRequest template, which runs in Argo's shared agent pod, not a pod of its own, so Argo"
        + " rejects its " + what + "; remove it");
  }
}
