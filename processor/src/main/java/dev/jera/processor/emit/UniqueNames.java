package dev.jera.processor.emit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Names handed out once each in one scope of generated code (as Dagger's {@code UniqueNameSet}): a
 * name already taken, by the generated code itself or by an earlier request, gets a number.
 */
final class UniqueNames {
  private final Set<String> taken;

  /** A scope in which {@code reserved} (the generated code's own names) are taken from the start. */
  UniqueNames(Collection<String> reserved) {
    this.taken = new HashSet<>(reserved);
  }

  /** {@code base} if it is free, else {@code base_2}, {@code base_3}, …, the first that is. */
  String unique(String base) {
    if (taken.add(base)) {
      return base;
    }
    for (int i = 2; ; i++) {
      String candidate = base + "_" + i;
      if (taken.add(candidate)) {
        return candidate;
      }
    }
  }
}
