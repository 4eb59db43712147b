package dev.jera.processor.model;

import java.util.Optional;

/**
 * A toleration as {@code @Pod(tolerations)} writes it: {@code key=value:Effect}, {@code key:Effect} or
 * {@code key=value}. Without a value it tolerates the key whatever its value (Argo's {@code Exists}).
 */
public record Toleration(String key, Optional<String> value, Optional<String> effect) {}
