package dev.jera.processor.emit;

import dev.jera.processor.emit.argo.PodSpecParts;
import dev.jera.processor.model.KeyValue;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.model.WorkflowSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Turns what {@code @Workflow} says of the resource into Argo's spec fields: TTLs, budget, labelsFrom. */
final class WorkflowSettingsWriter {
  private WorkflowSettingsWriter() {}

  /** {@code ttlStrategy}: after completion ({@code ttl}), after success, after failure; absent when none is set. */
  static PodSpecParts.TtlStrategy ttlStrategy(WorkflowModel workflow) {
    WorkflowSettings settings = workflow.resourceSettings();
    Long completion = seconds(workflow.ttl());
    Long success = seconds(settings.ttlAfterSuccess());
    Long failure = seconds(settings.ttlAfterFailure());
    if (completion == null && success == null && failure == null) {
      return null;
    }
    return new PodSpecParts.TtlStrategy(completion, success, failure);
  }

  private static Long seconds(Optional<Parsed<Duration>> duration) {
    return duration.map(d -> d.value().toSeconds()).orElse(null);
  }

  /** {@code podDisruptionBudget}: a whole number as an int, a percentage as a string (Kubernetes' IntOrString). */
  static PodSpecParts.DisruptionBudget disruptionBudget(WorkflowSettings settings) {
    if (settings.minAvailable().isEmpty() && settings.maxUnavailable().isEmpty()) {
      return null;
    }
    return new PodSpecParts.DisruptionBudget(
        settings.minAvailable().map(WorkflowSettingsWriter::intOrString).orElse(null),
        settings.maxUnavailable().map(WorkflowSettingsWriter::intOrString).orElse(null));
  }

  private static Object intOrString(Text text) {
    String value = text.value();
    return value.endsWith("%") ? value : (Object) Integer.valueOf(value);
  }

  /** {@code workflowMetadata.labelsFrom}, in the order written. */
  static PodSpecParts.WorkflowMetadata workflowMetadata(WorkflowSettings settings) {
    Map<String, PodSpecParts.LabelValueFrom> labels = new LinkedHashMap<>();
    for (Parsed<KeyValue> label : settings.labelsFrom()) {
      labels.put(label.value().key(), new PodSpecParts.LabelValueFrom(label.value().value().strip()));
    }
    return labels.isEmpty() ? null : new PodSpecParts.WorkflowMetadata(labels);
  }
}
