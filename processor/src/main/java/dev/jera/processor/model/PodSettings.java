package dev.jera.processor.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a workflow class or a script says about its pods' containers and scheduling: environment,
 * volumes, placement, pod metadata and locks, and {@code @PodResources}. A script's settings add to its class's.
 */
public record PodSettings(
    List<EnvModel> env,
    List<EnvFromModel> envFrom,
    List<VolumeModel> volumes,
    Optional<PlacementModel> placement,
    Optional<SyncModel> sync,
    Optional<ResourcesModel> podResources) {

  public static final PodSettings NONE =
      new PodSettings(List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

  public PodSettings {
    env = List.copyOf(env);
    envFrom = List.copyOf(envFrom);
    volumes = List.copyOf(volumes);
  }

  /** {@code @Env}: exactly one of value, configMap and secret (the last two with a key). */
  public record EnvModel(
      Site site, Text name, Optional<Text> value, Optional<Text> configMap, Optional<Text> secret, Optional<Text> key) {}

  /** {@code @EnvFrom}: all keys of a ConfigMap or Secret. */
  public record EnvFromModel(Site site, Optional<Text> configMap, Optional<Text> secret, Optional<Text> prefix) {}

  /** {@code @Volume}: what backs it follows from which attributes are set. */
  public record VolumeModel(
      Site site,
      Text name,
      Text mountPath,
      Optional<Text> subPath,
      boolean readOnly,
      Optional<Text> claim,
      Optional<Parsed<BigDecimal>> size,
      Optional<Text> storageClass,
      Optional<Text> secret,
      Optional<Text> configMap) {

    /** What backs the volume, as the user would say it. */
    public String kind() {
      if (claim.isPresent()) {
        return "claim " + claim.get().value();
      }
      if (size.isPresent()) {
        return "claim template of " + size.get().written();
      }
      if (secret.isPresent()) {
        return "secret " + secret.get().value();
      }
      if (configMap.isPresent()) {
        return "configMap " + configMap.get().value();
      }
      return "emptyDir";
    }

    /** Whether two declarations of one name describe the same volume. */
    public boolean sameBackingAs(VolumeModel other) {
      return kind().equals(other.kind())
          && storageClass.map(Text::value).equals(other.storageClass.map(Text::value));
    }
  }

  /**
   * {@code @Pod}: scheduling, the pods' labels and annotations, a spec patch, resource claims and DNS.
   *
   * @param resourceClaims {@code name=template} or {@code name=claim/existing}, split at the first {@code =}
   * @param dnsOptions {@code name=value} or {@code name}, split at the first {@code =} (an empty value for none)
   */
  public record PlacementModel(
      Site site,
      List<Parsed<KeyValue>> nodeSelector,
      List<Parsed<Toleration>> tolerations,
      List<Parsed<NodeRequirement>> affinity,
      Optional<Text> priorityClass,
      List<Text> imagePullSecrets,
      List<Parsed<KeyValue>> labels,
      List<Parsed<KeyValue>> annotations,
      Optional<Text> specPatch,
      List<Parsed<KeyValue>> resourceClaims,
      List<Text> nameservers,
      List<Text> dnsOptions,
      List<Text> dnsSearches) {
    public PlacementModel {
      nodeSelector = List.copyOf(nodeSelector);
      tolerations = List.copyOf(tolerations);
      affinity = List.copyOf(affinity);
      imagePullSecrets = List.copyOf(imagePullSecrets);
      labels = List.copyOf(labels);
      annotations = List.copyOf(annotations);
      resourceClaims = List.copyOf(resourceClaims);
      nameservers = List.copyOf(nameservers);
      dnsOptions = List.copyOf(dnsOptions);
      dnsSearches = List.copyOf(dnsSearches);
    }
  }

  /**
   * {@code @Synchronized}: mutexes and semaphores to hold; with {@code database}, kept in Argo's
   * synchronization database, each semaphore a bare key (a {@link KeyRef} of no name).
   */
  public record SyncModel(Site site, List<Text> mutexes, List<Parsed<KeyRef>> semaphores, boolean database) {
    public SyncModel {
      mutexes = List.copyOf(mutexes);
      semaphores = List.copyOf(semaphores);
    }
  }
}
