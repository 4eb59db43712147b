package dev.jera.local.manifest;

/**
 * An output of a {@code dag} or {@code steps} template, resolved from its scope when it has succeeded
 * ({@code getTemplateOutputsFromScope}).
 *
 * @param name its name
 * @param artifact whether it is an artifact ({@code outputs.artifacts}) rather than a parameter
 * @param tag {@code valueFrom.parameter} or an artifact's {@code from}, or {@code null}
 * @param expression {@code valueFrom.expression} or {@code fromExpression}, or {@code null}
 * @param defaultValue {@code valueFrom.default}, or {@code null}
 */
public record GraphOutput(String name, boolean artifact, String tag, String expression, String defaultValue) {}
