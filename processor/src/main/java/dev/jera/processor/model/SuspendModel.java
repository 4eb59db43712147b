package dev.jera.processor.model;

import java.util.Optional;

/**
 * {@code @Suspend}: the template waits instead of running a pod.
 *
 * @param site the annotation
 * @param duration how long, as written (a Go duration, seconds, or a tag); empty: until resumed
 */
public record SuspendModel(Site site, Optional<Text> duration) {}
