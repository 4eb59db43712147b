package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.WorkflowMessages;
import dev.jera.processor.model.KeyValue;
import dev.jera.processor.model.ManifestNames;
import dev.jera.processor.model.Parsed;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Labels are {@code key=value} in Kubernetes syntax, each key once. */
final class LabelRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    Set<String> keys = new HashSet<>();
    for (Parsed<KeyValue> label : context.workflow().labels()) {
      if (!label.isValid()) {
        diagnostics.report(label.site(), WorkflowMessages.labelWithoutEquals(label.written()));
        continue;
      }
      String key = label.value().key();
      Optional<String> problem = LabelSyntax.problem(label.value());
      if (problem.isPresent()) {
        diagnostics.report(label.site(), WorkflowMessages.invalidLabel(label.written(), problem.get()));
      } else if (!keys.add(key)) {
        diagnostics.report(label.site(), WorkflowMessages.duplicateLabel(key));
      } else if (key.equals(ManifestNames.VERSION_LABEL) && context.options().appVersion().isPresent()) {
        diagnostics.report(label.site(), WorkflowMessages.reservedLabel(key));
      }
    }
  }
}
