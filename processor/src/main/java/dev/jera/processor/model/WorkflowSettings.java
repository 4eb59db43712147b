package dev.jera.processor.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What {@code @Workflow} says about the workflow resource beyond its graph: its annotations and the
 * labels Argo computes, its name's form, priority and disruption budget, and what Argo does with it,
 * its pods and logs once they end. Each is present only when written.
 *
 * @param site the {@code @Workflow} annotation
 * @param annotations {@code key=value}, split at the first {@code =}
 * @param labelsFrom {@code key=expression}, split at the first {@code =}
 * @param generateName {@code generateName}, when written
 * @param podGCSelector each {@code key=value} (operator {@code =}) or a label requirement
 * @param artifactGC {@code artifactGC.strategy} as Argo spells it ({@code OnWorkflowDeletion}), when written
 */
public record WorkflowSettings(
    Site site,
    List<Parsed<KeyValue>> annotations,
    List<Parsed<KeyValue>> labelsFrom,
    Optional<CronSettings.Flag> generateName,
    Optional<CronSettings.Number> priority,
    Optional<Text> minAvailable,
    Optional<Text> maxUnavailable,
    Optional<CronSettings.Flag> archiveLogs,
    Optional<Parsed<Duration>> podGCDelay,
    List<Parsed<NodeRequirement>> podGCSelector,
    Optional<Parsed<Duration>> ttlAfterSuccess,
    Optional<Parsed<Duration>> ttlAfterFailure,
    Optional<Text> artifactGC) {

  /** The operator of a {@code key=value} term of a label selector, Kubernetes' {@code matchLabels}. */
  public static final String MATCH_LABEL = "=";

  public static final WorkflowSettings NONE = new WorkflowSettings(
      null, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

  public WorkflowSettings {
    annotations = List.copyOf(annotations);
    labelsFrom = List.copyOf(labelsFrom);
    podGCSelector = List.copyOf(podGCSelector);
  }

  /** Whether the workflow is submitted with exactly its name ({@code metadata.name}), not a generated one. */
  public boolean fixedName() {
    return generateName.filter(flag -> !flag.value()).isPresent();
  }

  /** The annotation keys written, in order, those that parse. */
  public List<String> annotationKeys() {
    return annotations.stream().filter(Parsed::isValid).map(a -> a.value().key()).toList();
  }
}
