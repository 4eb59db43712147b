package dev.jera.local.manifest;

/**
 * An output artifact of a pod template ({@code outputs.artifacts[]}). Locally the step leaves it at
 * {@code <artifacts root>/outputs/<name>}, whatever {@code path} says.
 *
 * @param name its name, such as {@code result}
 * @param path its {@code path} in the container
 * @param optional whether the step succeeds without it
 */
public record OutputArtifact(String name, String path, boolean optional) {}
