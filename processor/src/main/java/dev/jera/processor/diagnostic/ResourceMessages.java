package dev.jera.processor.diagnostic;

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
        + " so use 0 or more");
  }

  public static Message negativeFactor(int factor) {
    return MessageId.NEGATIVE_RETRY_FACTOR.with(
        "@Retry(factor = " + factor + ") is negative; use 1 or more, or 0 for Argo's default");
  }

  public static Message needsBackoff(String attribute) {
    return MessageId.BACKOFF_REQUIRED.with(
        "@Retry(" + attribute + " = …) needs backoff = \"…\", the first wait it grows from");
  }

  /** Why a duration has no value: Argo reads a bare number in some places and rejects it in others. */
  public static String bareNumber(String value) {
    return "a bare number has no unit; write e.g. \"" + value + "s\"";
  }
}
