package dev.jera.local.manifest;

/**
 * An output parameter of a pod template read from a file ({@code outputs.parameters[].valueFrom.path}).
 * Locally the step leaves it at {@code <artifacts root>/parameters/<name>}, whatever {@code path} says.
 *
 * @param name its name
 * @param path its {@code valueFrom.path} in the container
 * @param defaultValue {@code valueFrom.default}: the value when the file is missing or the step is
 *     Skipped; {@code null} for none
 * @param globalName {@code globalName}, or {@code null}
 */
public record OutputParameter(String name, String path, String defaultValue, String globalName) {}
