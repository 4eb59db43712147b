package dev.jera.processor.diagnostic;

import java.util.List;
import java.util.Optional;

/** Messages about resources, durations and retries. */
public final class ResourceMessages {
  private ResourceMessages() {}

  public static Message notPositive(String attribute, String value) {
    return MessageId.NOT_POSITIVE.with(
        attribute + " = \"" + value + "\" must be longer than zero");
  }

  public static Message invalidQuantity(String annotation, String attribute, String value, String problem) {
    return MessageId.INVALID_QUANTITY.with(
        annotation + "(" + attribute + " = \"" + value + "\") is not a valid Kubernetes quantity: " + problem);
  }

  public static Message limitBelowRequest(String limitAttribute, String limit, String requestAttribute, String request) {
    return MessageId.LIMIT_BELOW_REQUEST.with(
        "@Resources(" + limitAttribute + " = \"" + limit + "\") is below " + requestAttribute + " = \""
        + request + "\"; a limit must be at least the request");
  }

  public static Message invalidDuration(String attribute, String value, String problem) {
    return MessageId.INVALID_DURATION.with(
        attribute + " = \"" + value + "\" is not a valid duration: " + problem);
  }

  public static Message negativeRetryLimit(int limit) {
    return MessageId.NEGATIVE_RETRY_LIMIT.with(
        "@Retry(limit = " + limit + ") is negative; the limit counts retries after the first attempt,"
        + " so use 0 or more, or leave limit out (Retry.UNLIMITED) to retry until the step succeeds");
  }

  public static Message negativeFactor(int factor) {
    return MessageId.NEGATIVE_RETRY_FACTOR.with(
        "@Retry(factor = " + factor + ") is negative; use 1 or more, or 0 for Argo's default");
  }

  public static Message needsBackoff(String attribute) {
    return MessageId.BACKOFF_REQUIRED.with(
        "@Retry(" + attribute + " = …) needs backoff = \"…\", the first wait it grows from");
  }

  public static Message backoffWithoutLimit() {
    return MessageId.BACKOFF_WITHOUT_LIMIT.with(
        "@Retry(backoff = …) without limit: Argo retries at once, without waiting, when no limit is set"
        + " (operator.go waits only while a limit allows another attempt); set limit to wait between attempts");
  }

  public static Message invalidRetryExpression(String expression, String reason, int column) {
    return MessageId.INVALID_RETRY_EXPRESSION.with(
        "@Retry(expression = \"" + expression + "\") does not parse: " + reason
        + (column > 0 ? " (column " + column + ")" : "")
        + "; write an expr-lang condition such as asInt(lastRetry.exitCode) > 1 && lastRetry.status != 'Error'");
  }

  public static Message unknownRetryVariable(String name, Optional<String> closest, List<String> variables) {
    return MessageId.UNKNOWN_IN_RETRY_EXPRESSION.with(
        "@Retry(expression) reads " + name + ", which Argo does not define there; "
        + closest.map(c -> "did you mean '" + c + "'?").orElse(
            "it reads " + String.join(", ", variables) + " (all strings: asInt(lastRetry.exitCode)) and the"
            + " template's inputs as {{inputs.parameters.<name>}}"));
  }

  public static Message unknownRetryFunction(String name, Optional<String> closest, List<String> functions) {
    return MessageId.UNKNOWN_IN_RETRY_EXPRESSION.with(
        "@Retry(expression) calls " + name + "(), which Jera cannot evaluate; "
        + closest.map(c -> "did you mean '" + c + "'?").orElse("use one of " + String.join(", ", functions)));
  }

  /** @param owner what the {@code @Retry} is on: {@code retryScript()}, or {@code the class Etl} */
  public static Message unknownRetryTag(String tag, Optional<String> closest, String owner) {
    return MessageId.UNKNOWN_IN_RETRY_EXPRESSION.with(
        "@Retry(expression) of " + owner + " reads " + tag + ", which is not an input of its template; "
        + closest.map(c -> "did you mean '{{inputs.parameters." + c + "}}'?").orElse(
            "a retry's expression substitutes only {{inputs.parameters.<name>}} of the template's own inputs"));
  }

  public static Message expressionRetriesErrors() {
    return MessageId.EXPRESSION_RETRIES_ERRORS.with(
        "@Retry(expression) without policy: Argo's default policy is then Always, so errors (a deleted pod, a"
        + " deadline) are retried as well as failures; write policy = Policy.ALWAYS to say so, or"
        + " policy = Policy.ON_FAILURE to retry failures only");
  }

  public static Message unknownTimeoutInput(String attribute, String input, String method, Optional<String> closest) {
    return MessageId.UNKNOWN_TIMEOUT_INPUT.with(
        attribute + " of " + method + "() reads input '" + input + "', which its template does not have; "
        + closest.map(c -> "did you mean '" + c + "'?").orElse(
            "add a parameter of that name, or write a duration such as \"30s\""));
  }

  public static Message timeoutArgumentNotDuration(String value, String input, String template, String problem) {
    return MessageId.TIMEOUT_ARGUMENT_NOT_DURATION.with(
        "'" + value + "' is not a duration for input '" + input + "' of " + template + " (its timeout): " + problem);
  }

  public static Message deadlineNotWholeSeconds(String attribute, String value) {
    return MessageId.DEADLINE_NOT_WHOLE_SECONDS.with(
        attribute + " = \"" + value + "\" is not a whole number of seconds, which activeDeadlineSeconds needs;"
        + " write e.g. \"10s\" or \"2m\"");
  }

  /** Why a timeout with a tag has no value. */
  public static String timeoutTagForm() {
    return "a timeout is a duration or one whole tag naming an input of its template, such as"
        + " \"{{inputs.parameters.timeout}}\"";
  }

  /** Why a duration has no value: Argo reads a bare number in some places and rejects it in others. */
  public static String bareNumber(String value) {
    return "a bare number has no unit; write e.g. \"" + value + "s\"";
  }
}
