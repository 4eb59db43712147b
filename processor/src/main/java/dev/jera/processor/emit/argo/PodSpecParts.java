package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The pieces of Kubernetes' pod spec that Jera writes: env sources, volumes, scheduling, locks. */
public final class PodSpecParts {
  private PodSpecParts() {}

  /** {@code envFrom}. */
  @JsonPropertyOrder({"prefix", "configMapRef", "secretRef"})
  public record EnvFromSource(String prefix, Named configMapRef, Named secretRef) {
    public static EnvFromSource configMap(String prefix, String name) {
      return new EnvFromSource(prefix, new Named(name), null);
    }

    public static EnvFromSource secret(String prefix, String name) {
      return new EnvFromSource(prefix, null, new Named(name));
    }
  }

  /** A reference by name. */
  public record Named(String name) {}

  /** {@code volumeMounts}. */
  @JsonPropertyOrder({"name", "mountPath", "subPath", "readOnly"})
  public record VolumeMount(String name, String mountPath, String subPath, Boolean readOnly) {}

  /** {@code volumes}: one of the sources. */
  @JsonPropertyOrder({"name", "emptyDir", "persistentVolumeClaim", "secret", "configMap"})
  public record Volume(
      String name, Map<String, Object> emptyDir, ClaimSource persistentVolumeClaim, SecretSource secret, Named configMap) {
    public static Volume emptyDir(String name) {
      return new Volume(name, Map.of(), null, null, null);
    }

    public static Volume claim(String name, String claimName) {
      return new Volume(name, null, new ClaimSource(claimName, null), null, null);
    }

    public static Volume secret(String name, String secretName) {
      return new Volume(name, null, null, new SecretSource(secretName), null);
    }

    public static Volume configMap(String name, String configMap) {
      return new Volume(name, null, null, null, new Named(configMap));
    }
  }

  /** {@code persistentVolumeClaim}. */
  @JsonPropertyOrder({"claimName", "readOnly"})
  public record ClaimSource(String claimName, Boolean readOnly) {}

  /** {@code secret}. */
  public record SecretSource(String secretName) {}

  /** A {@code volumeClaimTemplates} entry. */
  @JsonPropertyOrder({"metadata", "spec"})
  public record ClaimTemplate(Named metadata, ClaimSpec spec) {}

  /** A claim's {@code spec}. */
  @JsonPropertyOrder({"accessModes", "storageClassName", "resources"})
  public record ClaimSpec(List<String> accessModes, String storageClassName, Requests resources) {}

  /** {@code resources} of a claim. */
  public record Requests(Map<String, String> requests) {}

  /** {@code tolerations}. */
  @JsonPropertyOrder({"key", "operator", "value", "effect"})
  public record Toleration(String key, String operator, String value, String effect) {
    /** Tolerates the key whatever its value. */
    public static Toleration exists(String key, String effect) {
      return new Toleration(key, "Exists", null, effect);
    }

    public static Toleration equal(String key, String value, String effect) {
      return new Toleration(key, "Equal", value, effect);
    }
  }

  /** {@code affinity} with required node affinity only. */
  public record Affinity(NodeAffinity nodeAffinity) {}

  /** {@code nodeAffinity}. */
  public record NodeAffinity(NodeSelector requiredDuringSchedulingIgnoredDuringExecution) {}

  /** A node selector of one term. */
  public record NodeSelector(List<NodeSelectorTerm> nodeSelectorTerms) {}

  /** A term: all its requirements hold. */
  public record NodeSelectorTerm(List<Requirement> matchExpressions) {}

  /** {@code key operator values}. */
  @JsonPropertyOrder({"key", "operator", "values"})
  public record Requirement(String key, String operator, List<String> values) {}

  /** {@code synchronization}, in v4's plural form. */
  @JsonPropertyOrder({"mutexes", "semaphores"})
  public record Synchronization(List<Mutex> mutexes, List<SemaphoreRef> semaphores) {}

  /** A mutex; {@code database} (true or absent) keeps it in Argo's synchronization database. */
  @JsonPropertyOrder({"name", "database"})
  public record Mutex(String name, Boolean database) {}

  /** A semaphore held in a ConfigMap's key, or in a key of Argo's synchronization database. */
  @JsonPropertyOrder({"configMapKeyRef", "database"})
  public record SemaphoreRef(EnvVar.KeyRef configMapKeyRef, DatabaseKey database) {}

  /** {@code database: {key}}: a semaphore whose limit is row {@code <namespace>/<key>} of {@code sync_limit}. */
  public record DatabaseKey(String key) {}

  /** {@code memoize}: Argo writes the cache's ConfigMap by name only. */
  @JsonPropertyOrder({"key", "maxAge", "cache"})
  public record Memoize(String key, String maxAge, Cache cache) {}

  /** {@code cache}. */
  public record Cache(Named configMap) {}

  /** {@code ttlStrategy}. */
  @JsonPropertyOrder({"secondsAfterCompletion", "secondsAfterSuccess", "secondsAfterFailure"})
  public record TtlStrategy(Long secondsAfterCompletion, Long secondsAfterSuccess, Long secondsAfterFailure) {}

  /** {@code podGC}. */
  @JsonPropertyOrder({"strategy", "deleteDelayDuration", "labelSelector"})
  public record PodGc(String strategy, String deleteDelayDuration, LabelSelector labelSelector) {}

  /** A Kubernetes label selector: all its labels and requirements hold. */
  @JsonPropertyOrder({"matchLabels", "matchExpressions"})
  public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {}

  /** {@code metadata} of a template's pod, or the workflow's {@code podMetadata}. */
  @JsonPropertyOrder({"labels", "annotations"})
  public record PodMetadata(Map<String, String> labels, Map<String, String> annotations) {}

  /** A {@code resourceClaims} entry: a claim made from a template for each pod, or an existing claim. */
  @JsonPropertyOrder({"name", "resourceClaimName", "resourceClaimTemplateName"})
  public record ResourceClaim(String name, String resourceClaimName, String resourceClaimTemplateName) {}

  /** {@code dnsConfig}. */
  @JsonPropertyOrder({"nameservers", "searches", "options"})
  public record DnsConfig(List<String> nameservers, List<String> searches, List<DnsOption> options) {}

  /** A DNS resolver option; a value only when given. */
  @JsonPropertyOrder({"name", "value"})
  public record DnsOption(String name, String value) {}

  /** {@code podDisruptionBudget}: one of the two, an int or a percentage. */
  @JsonPropertyOrder({"minAvailable", "maxUnavailable"})
  public record DisruptionBudget(Object minAvailable, Object maxUnavailable) {}

  /** {@code workflowMetadata}: labels computed by expressions when the workflow starts. */
  public record WorkflowMetadata(Map<String, LabelValueFrom> labelsFrom) {}

  /** A {@code labelsFrom} entry. */
  public record LabelValueFrom(String expression) {}
}
