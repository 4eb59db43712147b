package dev.jera.processor.validate;

import dev.jera.processor.model.ScriptModel;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Steps do not wait for each other in a circle. Self-references are {@link ReferenceRule}'s. */
final class CycleRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    Optional<List<ScriptModel>> cycle = context.graph().cycle();
    if (cycle.isEmpty() || cycle.get().size() <= 2) {
      return;
    }
    String path = cycle.get().stream().map(s -> s.methodName() + "()").collect(Collectors.joining(" → "));
    // Report at the step that closes the circle: the last one before the repeat.
    ScriptModel closing = cycle.get().get(cycle.get().size() - 2);
    diagnostics.error(closing.site(), Messages.cycle(path));
  }
}
