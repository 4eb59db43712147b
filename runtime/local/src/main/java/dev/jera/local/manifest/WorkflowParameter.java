package dev.jera.local.manifest;

import java.util.List;

/**
 * A parameter of {@code spec.arguments}.
 *
 * @param name its name
 * @param value its default value, or {@code null} when it must be given at submission
 * @param allowed its {@code enum}: the only values it accepts, or empty for any
 * @param description its description, or {@code null}
 * @param configMap the ConfigMap key its value comes from ({@code valueFrom.configMapKeyRef}) unless a
 *     value is given, or {@code null}
 * @param configMapDefault its {@code valueFrom.default}: the value when that key does not exist, or {@code null}
 */
public record WorkflowParameter(
    String name, String value, List<String> allowed, String description, ConfigMapKey configMap, String configMapDefault) {
  /** Copies the list. */
  public WorkflowParameter {
    allowed = List.copyOf(allowed);
  }

  /** A parameter of no ConfigMap. */
  public WorkflowParameter(String name, String value, List<String> allowed, String description) {
    this(name, value, allowed, description, null, null);
  }
}
