package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ReferenceMessages;
import dev.jera.processor.wiring.Dependency;
import java.util.List;
import java.util.Optional;

/**
 * Steps do not wait for each other in a circle. The cycle is reported where the dependency that
 * closes it is written ({@code after}, {@code @From}, {@code forEach}, {@code depends}, a tag of
 * {@code when} or {@code @Value}), naming every step of it. Self-references are {@link ReferenceRule}'s.
 */
final class CycleRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    Optional<List<Dependency>> cycle = context.graph().cycle();
    if (cycle.isEmpty()) {
      return;
    }
    Dependency closing = cycle.get().get(0);
    StringBuilder path = new StringBuilder(closing.from().methodName()).append("()");
    for (Dependency dependency : cycle.get()) {
      path.append(" → ").append(dependency.to().methodName()).append("()");
    }
    diagnostics.report(closing.site(), ReferenceMessages.cycle(path.toString(), closing.written()));
  }
}
