package dev.jera.local.manifest;

/**
 * A template's {@code retryStrategy}, every field as written ({@code null} when absent).
 *
 * @param limit {@code limit}: retries after the first attempt
 * @param retryPolicy {@code retryPolicy}: Always, OnFailure (the default), OnError or OnTransientError
 * @param backoffDuration {@code backoff.duration}: a Go duration, or a number of seconds
 * @param backoffFactor {@code backoff.factor}
 * @param backoffMaxDuration {@code backoff.maxDuration}
 * @param backoffCap {@code backoff.cap}
 * @param expression {@code expression}: an expr-lang condition, its tags not yet substituted
 */
public record RetrySettings(
    String limit,
    String retryPolicy,
    String backoffDuration,
    String backoffFactor,
    String backoffMaxDuration,
    String backoffCap,
    String expression) {

  /** The same settings with the expression's tags substituted, as Argo resolves the template before it retries. */
  public RetrySettings withExpression(String substituted) {
    return new RetrySettings(limit, retryPolicy, backoffDuration, backoffFactor, backoffMaxDuration, backoffCap,
        substituted);
  }
}
