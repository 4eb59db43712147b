package dev.jera.processor.model;

import java.time.Duration;
import java.util.Optional;

/** {@code @Retry}: Argo's {@code retryStrategy}. */
public record RetryModel(
    Site site,
    int limit,
    Site limitSite,
    String policy,
    Optional<Parsed<Duration>> backoff,
    int factor,
    Site factorSite,
    Optional<Parsed<Duration>> maxBackoff) {}
