package dev.jera.processor.model;

import java.util.Optional;

/** {@code @Retry}: Argo's {@code retryStrategy}. */
public record RetryModel(
    Site site,
    int limit,
    Site limitSite,
    String policy,
    Optional<Text> backoff,
    int factor,
    Site factorSite,
    Optional<Text> maxBackoff) {}
