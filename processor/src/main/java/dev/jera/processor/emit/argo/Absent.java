package dev.jera.processor.emit.argo;

import java.util.Collection;
import java.util.Map;

/**
 * How these records leave a field out: {@code null}, which the writer omits. An empty list or map
 * would be written ({@code env: []}), so the writers turn "nothing" into absent here.
 */
public final class Absent {
  private Absent() {}

  public static <T extends Collection<?>> T ifEmpty(T values) {
    return values.isEmpty() ? null : values;
  }

  public static <T extends Map<?, ?>> T ifEmpty(T values) {
    return values.isEmpty() ? null : values;
  }
}
