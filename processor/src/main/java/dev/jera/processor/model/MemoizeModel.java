package dev.jera.processor.model;

import java.time.Duration;
import java.util.Optional;

/** {@code @Memoize}: reuse an earlier result kept in a ConfigMap. */
public record MemoizeModel(Site site, Text key, Optional<Parsed<Duration>> maxAge, Text cache) {}
