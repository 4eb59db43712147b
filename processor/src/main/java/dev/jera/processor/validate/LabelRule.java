package dev.jera.processor.validate;

import dev.jera.processor.model.Text;
import dev.jera.runtime.argo.KubeNames;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Labels are {@code key=value} in Kubernetes syntax, each key once. */
final class LabelRule implements Rule {
  static final String VERSION_LABEL = "app.kubernetes.io/version";

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    Set<String> keys = new HashSet<>();
    for (Text label : context.workflow().labels()) {
      int equals = label.value().indexOf('=');
      if (equals < 0) {
        diagnostics.error(label.site(), Messages.labelWithoutEquals(label.value()));
        continue;
      }
      String key = label.value().substring(0, equals);
      String value = label.value().substring(equals + 1);
      Optional<String> problem = KubeNames.labelKey(key).or(() -> KubeNames.labelValue(value));
      if (problem.isPresent()) {
        diagnostics.error(label.site(), Messages.invalidLabel(label.value(), problem.get()));
      } else if (!keys.add(key)) {
        diagnostics.error(label.site(), Messages.duplicateLabel(key));
      } else if (key.equals(VERSION_LABEL) && context.options().version().isPresent()) {
        diagnostics.error(label.site(), Messages.reservedLabel(key));
      }
    }
  }
}
