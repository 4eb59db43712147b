package dev.jera.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * {@code @Resource}: the template acts on a Kubernetes object instead of running the method.
 *
 * @param site the annotation
 * @param action the {@code Resource.Action} constant, e.g. {@code PATCH}
 * @param manifest the object (or JSON patch) as written, empty when not given
 * @param mergeStrategy the {@code Resource.MergeStrategy} constant, when given explicitly
 * @param mergeStrategySite the attribute {@code mergeStrategy}, for messages
 * @param flags extra {@code kubectl} arguments
 */
public record ResourceModel(
    Site site,
    String action,
    Text manifest,
    Optional<String> mergeStrategy,
    Site mergeStrategySite,
    List<Text> flags,
    Optional<Text> successCondition,
    Optional<Text> failureCondition,
    boolean setOwnerReference) {
  public ResourceModel {
    flags = List.copyOf(flags);
  }

  /** Argo's spelling of the action: {@code patch}. */
  public String argoAction() {
    return action.toLowerCase(java.util.Locale.ROOT);
  }
}
