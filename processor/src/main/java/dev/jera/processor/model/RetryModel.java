package dev.jera.processor.model;

import java.time.Duration;
import java.util.Optional;

/**
 * {@code @Retry}: Argo's {@code retryStrategy}.
 *
 * @param limit retries after the first attempt; {@code dev.jera.Retry.UNLIMITED} for no limit
 * @param policyWritten whether {@code policy} was written: Argo's default depends on the expression
 * @param cap the longest wait, {@code backoff.cap}
 * @param expression the condition to retry on, as written (tags not substituted)
 */
public record RetryModel(
    Site site,
    int limit,
    Site limitSite,
    String policy,
    boolean policyWritten,
    Optional<Parsed<Duration>> backoff,
    int factor,
    Site factorSite,
    Optional<Parsed<Duration>> maxBackoff,
    Optional<Parsed<Duration>> cap,
    Optional<Text> expression) {

  /** Whether {@code limit} was left out or set to {@code Retry.UNLIMITED}: retry until success. */
  public boolean unlimited() {
    return limit == dev.jera.Retry.UNLIMITED;
  }
}
