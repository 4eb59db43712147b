package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code retryStrategy}: Argo types {@code limit} and {@code factor} as int-or-string; Jera writes strings.
 * No {@code limit} retries until success.
 */
@JsonPropertyOrder({"limit", "retryPolicy", "backoff", "expression"})
public record RetryStrategy(String limit, String retryPolicy, Backoff backoff, String expression) {

  /** {@code backoff}. */
  @JsonPropertyOrder({"duration", "factor", "maxDuration", "cap"})
  public record Backoff(String duration, String factor, String maxDuration, String cap) {}
}
