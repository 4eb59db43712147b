package dev.jera.processor.validate;

import dev.jera.processor.emit.ManifestBuilder;
import dev.jera.processor.emit.PodSyntax;
import dev.jera.processor.model.Text;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Labels are {@code key=value} in Kubernetes syntax, each key once. */
final class LabelRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    Set<String> keys = new HashSet<>();
    for (Text label : context.workflow().labels()) {
      Optional<Map.Entry<String, String>> pair = PodSyntax.keyValue(label.value());
      if (pair.isEmpty()) {
        diagnostics.error(label.site(), Messages.labelWithoutEquals(label.value()));
        continue;
      }
      String key = pair.get().getKey();
      Optional<String> problem = PodSyntax.labelProblem(pair.get());
      if (problem.isPresent()) {
        diagnostics.error(label.site(), Messages.invalidLabel(label.value(), problem.get()));
      } else if (!keys.add(key)) {
        diagnostics.error(label.site(), Messages.duplicateLabel(key));
      } else if (key.equals(ManifestBuilder.VERSION_LABEL) && context.options().appVersion().isPresent()) {
        diagnostics.error(label.site(), Messages.reservedLabel(key));
      }
    }
  }
}
