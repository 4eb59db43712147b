package dev.jera.processor.model;

/**
 * A {@code "name/key"} reference to a key of a Secret or a ConfigMap, as several attributes take one
 * ({@code @Workflow(artifactRepository)}, a semaphore, a Git or S3 credential).
 */
public record KeyRef(String name, String key) {}
