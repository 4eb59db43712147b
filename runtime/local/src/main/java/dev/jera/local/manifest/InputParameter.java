package dev.jera.local.manifest;

/**
 * An input parameter of a template.
 *
 * @param name its name
 * @param value its {@code value} (an exit handler's inputs carry their own), or {@code null}
 * @param defaultValue its {@code default}, or {@code null}
 */
public record InputParameter(String name, String value, String defaultValue) {}
