package dev.jera.processor.validate;

import dev.jera.argo.KubeNames;
import dev.jera.processor.model.KeyValue;
import java.util.Optional;

/** What Kubernetes accepts as a label's key and value (labels and node selectors alike). */
final class LabelSyntax {
  private LabelSyntax() {}

  /** What Kubernetes rejects in the pair, if anything. */
  static Optional<String> problem(KeyValue pair) {
    return KubeNames.labelKey(pair.key()).or(() -> KubeNames.labelValue(pair.value()));
  }
}
