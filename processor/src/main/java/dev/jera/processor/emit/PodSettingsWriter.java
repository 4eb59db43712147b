package dev.jera.processor.emit;

import dev.jera.processor.emit.argo.Absent;
import dev.jera.processor.emit.argo.EnvVar;
import dev.jera.processor.emit.argo.PodSpecParts;
import dev.jera.processor.model.KeyRef;
import dev.jera.processor.model.KeyValue;
import dev.jera.processor.model.NodeRequirement;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.PodSettings;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.Toleration;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.model.WorkflowSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the pod settings of a workflow and its scripts into Kubernetes' pod spec parts. A script's
 * settings add to its class's; a variable or mount the script sets again replaces the class's.
 */
final class PodSettingsWriter {
  private PodSettingsWriter() {}

  /** The plain and ConfigMap variables of a step, the class's first. */
  static List<EnvVar> env(WorkflowModel workflow, ScriptModel script) {
    Map<String, EnvVar> byName = new LinkedHashMap<>();
    for (PodSettings.EnvModel env : concat(workflow.settings().env(), script.settings().env())) {
      byName.put(env.name().value(), envVar(env));
    }
    return new ArrayList<>(byName.values());
  }

  /** The variables of a container set's member: the class's, the set's, then its own, a later one replacing by name. */
  static List<EnvVar> memberEnv(WorkflowModel workflow, ScriptModel set, ScriptModel member) {
    Map<String, EnvVar> byName = new LinkedHashMap<>();
    for (PodSettings.EnvModel env : concat(concat(workflow.settings().env(), set.settings().env()), member.settings().env())) {
      byName.put(env.name().value(), envVar(env));
    }
    return new ArrayList<>(byName.values());
  }

  private static EnvVar envVar(PodSettings.EnvModel env) {
    String name = env.name().value();
    if (env.configMap().isPresent()) {
      return EnvVar.fromConfigMap(name, env.configMap().get().value(), env.key().map(Text::value).orElse(""));
    }
    if (env.secret().isPresent()) {
      return EnvVar.fromSecret(name, env.secret().get().value(), env.key().map(Text::value).orElse(""));
    }
    return EnvVar.plain(name, env.value().map(Text::value).orElse(""));
  }

  static List<PodSpecParts.EnvFromSource> envFrom(WorkflowModel workflow, ScriptModel script) {
    List<PodSpecParts.EnvFromSource> sources = new ArrayList<>();
    for (PodSettings.EnvFromModel from : concat(workflow.settings().envFrom(), script.settings().envFrom())) {
      String prefix = from.prefix().map(Text::value).orElse(null);
      sources.add(
          from.configMap().isPresent()
              ? PodSpecParts.EnvFromSource.configMap(prefix, from.configMap().get().value())
              : PodSpecParts.EnvFromSource.secret(prefix, from.secret().orElseThrow().value()));
    }
    return Absent.ifEmpty(sources);
  }

  /** The mounts of a step, by mount path: a script's volume replaces its class's at the same path. */
  static List<PodSpecParts.VolumeMount> mounts(WorkflowModel workflow, ScriptModel script) {
    Map<String, PodSpecParts.VolumeMount> byPath = new LinkedHashMap<>();
    for (PodSettings.VolumeModel volume : concat(workflow.settings().volumes(), script.settings().volumes())) {
      byPath.put(
          volume.mountPath().value(),
          new PodSpecParts.VolumeMount(volume.name().value(), volume.mountPath().value(),
              volume.subPath().map(Text::value).orElse(null), volume.readOnly() ? true : null));
    }
    return Absent.ifEmpty(new ArrayList<>(byPath.values()));
  }

  /** Every volume any step mounts, once by name, except claims created per run. */
  static List<PodSpecParts.Volume> volumes(WorkflowModel workflow) {
    Map<String, PodSpecParts.Volume> byName = new LinkedHashMap<>();
    for (PodSettings.VolumeModel volume : allVolumes(workflow)) {
      if (volume.size().isPresent()) {
        continue;
      }
      String name = volume.name().value();
      PodSpecParts.Volume written;
      if (volume.claim().isPresent()) {
        written = PodSpecParts.Volume.claim(name, volume.claim().get().value());
      } else if (volume.secret().isPresent()) {
        written = PodSpecParts.Volume.secret(name, volume.secret().get().value());
      } else if (volume.configMap().isPresent()) {
        written = PodSpecParts.Volume.configMap(name, volume.configMap().get().value());
      } else {
        written = PodSpecParts.Volume.emptyDir(name);
      }
      byName.putIfAbsent(name, written);
    }
    return Absent.ifEmpty(new ArrayList<>(byName.values()));
  }

  /** Claims the workflow creates for each run ({@code volumeClaimTemplates}), once by name. */
  static List<PodSpecParts.ClaimTemplate> claimTemplates(WorkflowModel workflow) {
    Map<String, PodSpecParts.ClaimTemplate> byName = new LinkedHashMap<>();
    for (PodSettings.VolumeModel volume : allVolumes(workflow)) {
      if (volume.size().isEmpty()) {
        continue;
      }
      byName.putIfAbsent(
          volume.name().value(),
          new PodSpecParts.ClaimTemplate(
              new PodSpecParts.Named(volume.name().value()),
              new PodSpecParts.ClaimSpec(
                  List.of("ReadWriteOnce"),
                  volume.storageClass().map(Text::value).orElse(null),
                  new PodSpecParts.Requests(Map.of("storage", volume.size().get().accepted())))));
    }
    return Absent.ifEmpty(new ArrayList<>(byName.values()));
  }

  private static List<PodSettings.VolumeModel> allVolumes(WorkflowModel workflow) {
    List<PodSettings.VolumeModel> all = new ArrayList<>(workflow.settings().volumes());
    for (ScriptModel script : workflow.pods()) {
      all.addAll(script.settings().volumes());
    }
    return all;
  }

  static Map<String, String> nodeSelector(Optional<PodSettings.PlacementModel> placement) {
    Map<String, String> selector = new LinkedHashMap<>();
    for (Parsed<KeyValue> label : placement.map(PodSettings.PlacementModel::nodeSelector).orElse(List.of())) {
      selector.put(label.value().key(), label.value().value());
    }
    return Absent.ifEmpty(selector);
  }

  static List<PodSpecParts.Toleration> tolerations(Optional<PodSettings.PlacementModel> placement) {
    List<PodSpecParts.Toleration> tolerations = new ArrayList<>();
    for (Parsed<Toleration> written : placement.map(PodSettings.PlacementModel::tolerations).orElse(List.of())) {
      Toleration toleration = written.value();
      String effect = toleration.effect().orElse(null);
      tolerations.add(
          toleration.value().isPresent()
              ? PodSpecParts.Toleration.equal(toleration.key(), toleration.value().get(), effect)
              : PodSpecParts.Toleration.exists(toleration.key(), effect));
    }
    return Absent.ifEmpty(tolerations);
  }

  static PodSpecParts.Affinity affinity(Optional<PodSettings.PlacementModel> placement) {
    List<PodSpecParts.Requirement> requirements = new ArrayList<>();
    for (Parsed<NodeRequirement> written : placement.map(PodSettings.PlacementModel::affinity).orElse(List.of())) {
      NodeRequirement requirement = written.value();
      requirements.add(
          new PodSpecParts.Requirement(requirement.key(), requirement.operator(), Absent.ifEmpty(requirement.values())));
    }
    if (requirements.isEmpty()) {
      return null;
    }
    return new PodSpecParts.Affinity(
        new PodSpecParts.NodeAffinity(
            new PodSpecParts.NodeSelector(List.of(new PodSpecParts.NodeSelectorTerm(requirements)))));
  }

  static String priorityClass(Optional<PodSettings.PlacementModel> placement) {
    return placement.flatMap(PodSettings.PlacementModel::priorityClass).map(Text::value).orElse(null);
  }

  static List<PodSpecParts.Named> imagePullSecrets(Optional<PodSettings.PlacementModel> placement) {
    List<PodSpecParts.Named> secrets = new ArrayList<>();
    for (Text secret : placement.map(PodSettings.PlacementModel::imagePullSecrets).orElse(List.of())) {
      secrets.add(new PodSpecParts.Named(secret.value()));
    }
    return Absent.ifEmpty(secrets);
  }

  static PodSpecParts.Synchronization synchronization(Optional<PodSettings.SyncModel> sync) {
    if (sync.isEmpty()) {
      return null;
    }
    Boolean database = sync.get().database() ? Boolean.TRUE : null;
    List<PodSpecParts.Mutex> mutexes = new ArrayList<>();
    sync.get().mutexes().forEach(m -> mutexes.add(new PodSpecParts.Mutex(m.value(), database)));
    List<PodSpecParts.SemaphoreRef> semaphores = new ArrayList<>();
    for (Parsed<KeyRef> semaphore : sync.get().semaphores()) {
      KeyRef key = semaphore.value();
      semaphores.add(sync.get().database()
          ? new PodSpecParts.SemaphoreRef(null, new PodSpecParts.DatabaseKey(key.key()))
          : new PodSpecParts.SemaphoreRef(new EnvVar.KeyRef(key.name(), key.key()), null));
    }
    return new PodSpecParts.Synchronization(Absent.ifEmpty(mutexes), Absent.ifEmpty(semaphores));
  }

  /** {@code podGC}: the strategy, and the delay and selector the rules let through only with one. */
  static PodSpecParts.PodGc podGc(String constant, WorkflowSettings settings) {
    if (constant.equals("NONE")) {
      return null;
    }
    StringBuilder strategy = new StringBuilder();
    for (String word : constant.split("_")) {
      strategy.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return new PodSpecParts.PodGc(
        strategy.toString(), settings.podGCDelay().map(Parsed::accepted).orElse(null), labelSelector(settings.podGCSelector()));
  }

  private static PodSpecParts.LabelSelector labelSelector(List<Parsed<NodeRequirement>> terms) {
    Map<String, String> labels = new LinkedHashMap<>();
    List<PodSpecParts.Requirement> requirements = new ArrayList<>();
    for (Parsed<NodeRequirement> term : terms) {
      NodeRequirement requirement = term.value();
      if (requirement.operator().equals(WorkflowSettings.MATCH_LABEL)) {
        labels.put(requirement.key(), requirement.values().get(0));
      } else {
        requirements.add(new PodSpecParts.Requirement(requirement.key(), requirement.operator(), Absent.ifEmpty(requirement.values())));
      }
    }
    if (labels.isEmpty() && requirements.isEmpty()) {
      return null;
    }
    return new PodSpecParts.LabelSelector(Absent.ifEmpty(labels), Absent.ifEmpty(requirements));
  }

  /** The pods' labels and annotations ({@code metadata} of a template, {@code podMetadata} of the workflow). */
  static PodSpecParts.PodMetadata podMetadata(Optional<PodSettings.PlacementModel> placement) {
    Map<String, String> labels = pairs(placement.map(PodSettings.PlacementModel::labels).orElse(List.of()));
    Map<String, String> annotations = pairs(placement.map(PodSettings.PlacementModel::annotations).orElse(List.of()));
    return labels == null && annotations == null ? null : new PodSpecParts.PodMetadata(labels, annotations);
  }

  /** Parsed {@code key=value} pairs in order, or absent. */
  static Map<String, String> pairs(List<Parsed<KeyValue>> pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Parsed<KeyValue> pair : pairs) {
      map.put(pair.value().key(), pair.value().value());
    }
    return Absent.ifEmpty(map);
  }

  static String specPatch(Optional<PodSettings.PlacementModel> placement) {
    return placement.flatMap(PodSettings.PlacementModel::specPatch).map(Text::value).orElse(null);
  }

  /** {@code resourceClaims}: {@code name=template}, or {@code name=claim/existing} for an existing claim. */
  static List<PodSpecParts.ResourceClaim> resourceClaims(Optional<PodSettings.PlacementModel> placement) {
    List<PodSpecParts.ResourceClaim> claims = new ArrayList<>();
    for (Parsed<KeyValue> claim : placement.map(PodSettings.PlacementModel::resourceClaims).orElse(List.of())) {
      String source = claim.value().value();
      claims.add(source.startsWith(CLAIM_PREFIX)
          ? new PodSpecParts.ResourceClaim(claim.value().key(), source.substring(CLAIM_PREFIX.length()), null)
          : new PodSpecParts.ResourceClaim(claim.value().key(), null, source));
    }
    return Absent.ifEmpty(claims);
  }

  /** The prefix of a {@code @Pod(resourceClaims)} value that names an existing ResourceClaim. */
  static final String CLAIM_PREFIX = "claim/";

  /** {@code dnsConfig} of the class's {@code @Pod}. */
  static PodSpecParts.DnsConfig dnsConfig(Optional<PodSettings.PlacementModel> placement) {
    if (placement.isEmpty()) {
      return null;
    }
    PodSettings.PlacementModel pod = placement.get();
    List<PodSpecParts.DnsOption> options = new ArrayList<>();
    for (Text option : pod.dnsOptions()) {
      int equals = option.value().indexOf('=');
      options.add(equals < 0
          ? new PodSpecParts.DnsOption(option.value(), null)
          : new PodSpecParts.DnsOption(option.value().substring(0, equals), option.value().substring(equals + 1)));
    }
    List<String> nameservers = pod.nameservers().stream().map(Text::value).toList();
    List<String> searches = pod.dnsSearches().stream().map(Text::value).toList();
    if (options.isEmpty() && nameservers.isEmpty() && searches.isEmpty()) {
      return null;
    }
    return new PodSpecParts.DnsConfig(Absent.ifEmpty(nameservers), Absent.ifEmpty(searches), Absent.ifEmpty(options));
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
