package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code retryStrategy}: Argo types {@code limit} and {@code factor} as int-or-string; Jera writes strings. */
@JsonPropertyOrder({"limit", "retryPolicy", "backoff"})
public record RetryStrategy(String limit, String retryPolicy, Backoff backoff) {

  /** {@code backoff}. */
  @JsonPropertyOrder({"duration", "factor", "maxDuration"})
  public record Backoff(String duration, String factor, String maxDuration) {}
}
