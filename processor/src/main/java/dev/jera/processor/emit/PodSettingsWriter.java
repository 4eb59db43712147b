package dev.jera.processor.emit;

import dev.jera.argo.GoDuration;
import dev.jera.processor.emit.argo.EnvVar;
import dev.jera.processor.emit.argo.PodSpecParts;
import dev.jera.processor.model.PodSettings;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
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
      sources.add(
          new PodSpecParts.EnvFromSource(
              from.prefix().map(Text::value).orElse(null),
              from.configMap().map(c -> new PodSpecParts.Named(c.value())).orElse(null),
              from.secret().map(s -> new PodSpecParts.Named(s.value())).orElse(null)));
    }
    return sources.isEmpty() ? null : sources;
  }

  /** The mounts of a step, by mount path: a script's volume replaces its class's at the same path. */
  static List<PodSpecParts.VolumeMount> mounts(WorkflowModel workflow, ScriptModel script) {
    Map<String, PodSpecParts.VolumeMount> byPath = new LinkedHashMap<>();
    for (PodSettings.VolumeModel volume : concat(workflow.settings().volumes(), script.settings().volumes())) {
      byPath.put(
          volume.mountPath().value(),
          new PodSpecParts.VolumeMount(volume.name().value(), volume.mountPath().value(), volume.readOnly() ? true : null));
    }
    return byPath.isEmpty() ? null : new ArrayList<>(byPath.values());
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
        written = new PodSpecParts.Volume(name, null, new PodSpecParts.ClaimSource(volume.claim().get().value(), null), null, null);
      } else if (volume.secret().isPresent()) {
        written = new PodSpecParts.Volume(name, null, null, new PodSpecParts.SecretSource(volume.secret().get().value()), null);
      } else if (volume.configMap().isPresent()) {
        written = new PodSpecParts.Volume(name, null, null, null, new PodSpecParts.Named(volume.configMap().get().value()));
      } else {
        written = new PodSpecParts.Volume(name, Map.of(), null, null, null);
      }
      byName.putIfAbsent(name, written);
    }
    return byName.isEmpty() ? null : new ArrayList<>(byName.values());
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
                  new PodSpecParts.Requests(Map.of("storage", volume.size().get().value())))));
    }
    return byName.isEmpty() ? null : new ArrayList<>(byName.values());
  }

  private static List<PodSettings.VolumeModel> allVolumes(WorkflowModel workflow) {
    List<PodSettings.VolumeModel> all = new ArrayList<>(workflow.settings().volumes());
    for (ScriptModel script : workflow.scripts()) {
      all.addAll(script.settings().volumes());
    }
    return all;
  }

  static Map<String, String> nodeSelector(Optional<PodSettings.PlacementModel> placement) {
    Map<String, String> selector = new LinkedHashMap<>();
    placement.ifPresent(p -> p.nodeSelector().forEach(
        label -> PodSyntax.keyValue(label.value()).ifPresent(pair -> selector.put(pair.getKey(), pair.getValue()))));
    return selector.isEmpty() ? null : selector;
  }

  static List<PodSpecParts.Toleration> tolerations(Optional<PodSettings.PlacementModel> placement) {
    List<PodSpecParts.Toleration> tolerations = new ArrayList<>();
    placement.ifPresent(p -> p.tolerations().forEach(t -> tolerations.add(PodSyntax.toleration(t.value()))));
    return tolerations.isEmpty() ? null : tolerations;
  }

  static PodSpecParts.Affinity affinity(Optional<PodSettings.PlacementModel> placement) {
    List<PodSpecParts.Requirement> requirements = new ArrayList<>();
    placement.ifPresent(p -> p.affinity().forEach(a -> requirements.add(PodSyntax.requirement(a.value()))));
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
    placement.ifPresent(p -> p.imagePullSecrets().forEach(s -> secrets.add(new PodSpecParts.Named(s.value()))));
    return secrets.isEmpty() ? null : secrets;
  }

  static PodSpecParts.Synchronization synchronization(Optional<PodSettings.SyncModel> sync) {
    if (sync.isEmpty()) {
      return null;
    }
    List<PodSpecParts.Named> mutexes = new ArrayList<>();
    sync.get().mutexes().forEach(m -> mutexes.add(new PodSpecParts.Named(m.value())));
    List<PodSpecParts.SemaphoreRef> semaphores = new ArrayList<>();
    sync.get().semaphores().forEach(s -> semaphores.add(new PodSpecParts.SemaphoreRef(EnvVar.KeyRef.of(s.value()))));
    return new PodSpecParts.Synchronization(mutexes.isEmpty() ? null : mutexes, semaphores.isEmpty() ? null : semaphores);
  }

  static Long seconds(Optional<Text> duration) {
    return duration.map(d -> GoDuration.parse(d.value()).toSeconds()).orElse(null);
  }

  static PodSpecParts.PodGc podGc(String constant) {
    if (constant.equals("NONE")) {
      return null;
    }
    StringBuilder strategy = new StringBuilder();
    for (String word : constant.split("_")) {
      strategy.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return new PodSpecParts.PodGc(strategy.toString());
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
