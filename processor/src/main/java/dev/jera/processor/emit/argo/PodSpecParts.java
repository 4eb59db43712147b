package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** The pieces of Kubernetes' pod spec that Jera writes: env sources, volumes, scheduling, locks. */
public final class PodSpecParts {
  private PodSpecParts() {}

  /** {@code envFrom}. */
  public record EnvFromSource(String prefix, Named configMapRef, Named secretRef) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("prefix", prefix);
      each.accept("configMapRef", configMapRef);
      each.accept("secretRef", secretRef);
    }

    public static EnvFromSource configMap(String prefix, String name) {
      return new EnvFromSource(prefix, new Named(name), null);
    }

    public static EnvFromSource secret(String prefix, String name) {
      return new EnvFromSource(prefix, null, new Named(name));
    }
  }

  /** A reference by name. */
  public record Named(String name) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("name", name);
    }
  }

  /** {@code volumeMounts}. */
  public record VolumeMount(String name, String mountPath, String subPath, Boolean readOnly) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("name", name);
      each.accept("mountPath", mountPath);
      each.accept("subPath", subPath);
      each.accept("readOnly", readOnly);
    }
  }

  /** {@code volumes}: one of the sources. */
  public record Volume(
      String name, Map<String, Object> emptyDir, ClaimSource persistentVolumeClaim, SecretSource secret, Named configMap)
      implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("name", name);
      each.accept("emptyDir", emptyDir);
      each.accept("persistentVolumeClaim", persistentVolumeClaim);
      each.accept("secret", secret);
      each.accept("configMap", configMap);
    }

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
  public record ClaimSource(String claimName, Boolean readOnly) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("claimName", claimName);
      each.accept("readOnly", readOnly);
    }
  }

  /** {@code secret}. */
  public record SecretSource(String secretName) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("secretName", secretName);
    }
  }

  /** A {@code volumeClaimTemplates} entry. */
  public record ClaimTemplate(Named metadata, ClaimSpec spec) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("metadata", metadata);
      each.accept("spec", spec);
    }
  }

  /** A claim's {@code spec}. */
  public record ClaimSpec(List<String> accessModes, String storageClassName, Requests resources)
      implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("accessModes", accessModes);
      each.accept("storageClassName", storageClassName);
      each.accept("resources", resources);
    }
  }

  /** {@code resources} of a claim. */
  public record Requests(Map<String, String> requests) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("requests", requests);
    }
  }

  /** {@code tolerations}. */
  public record Toleration(String key, String operator, String value, String effect) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("key", key);
      each.accept("operator", operator);
      each.accept("value", value);
      each.accept("effect", effect);
    }

    /** Tolerates the key whatever its value. */
    public static Toleration exists(String key, String effect) {
      return new Toleration(key, "Exists", null, effect);
    }

    public static Toleration equal(String key, String value, String effect) {
      return new Toleration(key, "Equal", value, effect);
    }
  }

  /** {@code affinity} with required node affinity only. */
  public record Affinity(NodeAffinity nodeAffinity) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("nodeAffinity", nodeAffinity);
    }
  }

  /** {@code nodeAffinity}. */
  public record NodeAffinity(NodeSelector requiredDuringSchedulingIgnoredDuringExecution) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("requiredDuringSchedulingIgnoredDuringExecution", requiredDuringSchedulingIgnoredDuringExecution);
    }
  }

  /** A node selector of one term. */
  public record NodeSelector(List<NodeSelectorTerm> nodeSelectorTerms) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("nodeSelectorTerms", nodeSelectorTerms);
    }
  }

  /** A term: all its requirements hold. */
  public record NodeSelectorTerm(List<Requirement> matchExpressions) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("matchExpressions", matchExpressions);
    }
  }

  /** {@code key operator values}. */
  public record Requirement(String key, String operator, List<String> values) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("key", key);
      each.accept("operator", operator);
      each.accept("values", values);
    }
  }

  /** {@code synchronization}, in v4's plural form. */
  public record Synchronization(List<Mutex> mutexes, List<SemaphoreRef> semaphores) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("mutexes", mutexes);
      each.accept("semaphores", semaphores);
    }
  }

  /** A mutex; {@code database} (true or absent) keeps it in Argo's synchronization database. */
  public record Mutex(String name, Boolean database) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("name", name);
      each.accept("database", database);
    }
  }

  /** A semaphore held in a ConfigMap's key, or in a key of Argo's synchronization database. */
  public record SemaphoreRef(EnvVar.KeyRef configMapKeyRef, DatabaseKey database) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("configMapKeyRef", configMapKeyRef);
      each.accept("database", database);
    }
  }

  /** {@code database: {key}}: a semaphore whose limit is row {@code <namespace>/<key>} of {@code sync_limit}. */
  public record DatabaseKey(String key) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("key", key);
    }
  }

  /** {@code memoize}: Argo writes the cache's ConfigMap by name only. */
  public record Memoize(String key, String maxAge, Cache cache) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("key", key);
      each.accept("maxAge", maxAge);
      each.accept("cache", cache);
    }
  }

  /** {@code cache}. */
  public record Cache(Named configMap) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("configMap", configMap);
    }
  }

  /** {@code ttlStrategy}. */
  public record TtlStrategy(Long secondsAfterCompletion, Long secondsAfterSuccess, Long secondsAfterFailure)
      implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("secondsAfterCompletion", secondsAfterCompletion);
      each.accept("secondsAfterSuccess", secondsAfterSuccess);
      each.accept("secondsAfterFailure", secondsAfterFailure);
    }
  }

  /** {@code podGC}. */
  public record PodGc(String strategy, String deleteDelayDuration, LabelSelector labelSelector) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("strategy", strategy);
      each.accept("deleteDelayDuration", deleteDelayDuration);
      each.accept("labelSelector", labelSelector);
    }
  }

  /** A Kubernetes label selector: all its labels and requirements hold. */
  public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions)
      implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("matchLabels", matchLabels);
      each.accept("matchExpressions", matchExpressions);
    }
  }

  /** {@code metadata} of a template's pod, or the workflow's {@code podMetadata}. */
  public record PodMetadata(Map<String, String> labels, Map<String, String> annotations) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("labels", labels);
      each.accept("annotations", annotations);
    }
  }

  /** A {@code resourceClaims} entry: a claim made from a template for each pod, or an existing claim. */
  public record ResourceClaim(String name, String resourceClaimName, String resourceClaimTemplateName)
      implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("name", name);
      each.accept("resourceClaimName", resourceClaimName);
      each.accept("resourceClaimTemplateName", resourceClaimTemplateName);
    }
  }

  /** {@code dnsConfig}. */
  public record DnsConfig(List<String> nameservers, List<String> searches, List<DnsOption> options)
      implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("nameservers", nameservers);
      each.accept("searches", searches);
      each.accept("options", options);
    }
  }

  /** A DNS resolver option; a value only when given. */
  public record DnsOption(String name, String value) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("name", name);
      each.accept("value", value);
    }
  }

  /** {@code podDisruptionBudget}: one of the two, an int or a percentage. */
  public record DisruptionBudget(Object minAvailable, Object maxUnavailable) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("minAvailable", minAvailable);
      each.accept("maxUnavailable", maxUnavailable);
    }
  }

  /** {@code workflowMetadata}: labels computed by expressions when the workflow starts. */
  public record WorkflowMetadata(Map<String, LabelValueFrom> labelsFrom) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("labelsFrom", labelsFrom);
    }
  }

  /** A {@code labelsFrom} entry. */
  public record LabelValueFrom(String expression) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("expression", expression);
    }
  }
}
