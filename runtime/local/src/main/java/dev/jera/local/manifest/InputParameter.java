package dev.jera.local.manifest;

/**
 * An input parameter of a template.
 *
 * @param name its name
 * @param value its {@code value} (an exit handler's inputs carry their own), or {@code null}
 * @param defaultValue its {@code default}, or {@code null}
 * @param allowed its {@code enum}: the values it may take; empty for any
 */
public record InputParameter(String name, String value, String defaultValue, java.util.List<String> allowed) {
  /** Copies the list. */
  public InputParameter {
    allowed = java.util.List.copyOf(allowed);
  }

  /** An input that takes any value. */
  public InputParameter(String name, String value, String defaultValue) {
    this(name, value, defaultValue, java.util.List.of());
  }
}
