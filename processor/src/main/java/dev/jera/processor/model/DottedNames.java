package dev.jera.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The segments of a dotted name such as a tag's {@code tasks.extract.outputs.result}, split as {@code
 * name.split("\\.", limit)} would split them for a positive limit.
 *
 * <p>The checks and the manifests split tens of thousands of such names in a big compilation; through {@code
 * String.split} that made the JIT compile its regular-expression path too, which cost more than the splitting.
 */
public final class DottedNames {
  private DottedNames() {}

  /** At most {@code limit} segments, the last holding the rest of the name; empty segments are kept. */
  public static String[] split(String name, int limit) {
    List<String> segments = new ArrayList<>(limit);
    int start = 0;
    int dot;
    while (segments.size() < limit - 1 && (dot = name.indexOf('.', start)) >= 0) {
      segments.add(name.substring(start, dot));
      start = dot + 1;
    }
    segments.add(name.substring(start));
    return segments.toArray(new String[0]);
  }

  /** The name up to its first dot, or all of it. */
  public static String first(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
