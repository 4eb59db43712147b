package dev.jera.processor.model;

/** A {@code key=value} pair as labels and node selectors are written, split at its first {@code =}. */
public record KeyValue(String key, String value) {}
