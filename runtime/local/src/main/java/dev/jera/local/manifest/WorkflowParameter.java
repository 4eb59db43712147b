package dev.jera.local.manifest;

import java.util.List;

/**
 * A parameter of {@code spec.arguments}.
 *
 * @param name its name
 * @param value its default value, or {@code null} when it must be given at submission
 * @param allowed its {@code enum}: the only values it accepts, or empty for any
 * @param description its description, or {@code null}
 */
public record WorkflowParameter(String name, String value, List<String> allowed, String description) {
  /** Copies the list. */
  public WorkflowParameter {
    allowed = List.copyOf(allowed);
  }
}
