package dev.jera.samples.argo.testing;

/**
 * One way a port differs from its upstream example: where (a path in the canonical manifest, e.g.
 * {@code spec.templates[print-message].inputs.parameters[message].default}), the upstream value and the
 * port's value ({@code absent} when a side has none), and, for values compared by meaning, why.
 */
public record Difference(String path, String upstream, String port, String why) {
  @Override
  public String toString() {
    return path + ": upstream " + upstream + ", port " + port + (why.isEmpty() ? "" : " (" + why + ")");
  }
}
