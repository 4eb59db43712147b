package dev.jera.processor.validate;

import dev.jera.argo.KubeNames;
import dev.jera.argo.Quantity;
import dev.jera.processor.emit.PodSyntax;
import dev.jera.processor.model.PodSettings;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Environment, volumes, placement and locks of the class and every script: names Kubernetes
 * accepts, one source each, no mount path used twice in a pod, one definition per volume name.
 */
final class PodSettingsRule implements Rule {
  private static final Pattern MUTEX = Pattern.compile("[-A-Za-z0-9_.]+");

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    check(workflow.settings(), diagnostics);
    Map<String, PodSettings.VolumeModel> volumes = new HashMap<>();
    workflow.settings().volumes().forEach(v -> sameDefinition(v, volumes, diagnostics));
    for (ScriptModel script : workflow.scripts()) {
      check(script.settings(), diagnostics);
      script.settings().volumes().forEach(v -> sameDefinition(v, volumes, diagnostics));
      script.settings().placement()
          .filter(p -> !p.imagePullSecrets().isEmpty())
          .ifPresent(p -> diagnostics.error(p.imagePullSecrets().get(0).site(), Messages.pullSecretsOnScript(script.methodName())));
      mountPaths(workflow, script, diagnostics);
      duplicateEnv(script, diagnostics);
    }
  }

  private static void check(PodSettings settings, Diagnostics diagnostics) {
    settings.env().forEach(env -> env(env, diagnostics));
    settings.envFrom().forEach(from -> envFrom(from, diagnostics));
    settings.volumes().forEach(volume -> volume(volume, diagnostics));
    settings.placement().ifPresent(placement -> placement(placement, diagnostics));
    settings.sync().ifPresent(sync -> sync(sync, diagnostics));
  }

  private static void env(PodSettings.EnvModel env, Diagnostics diagnostics) {
    String name = env.name().value();
    KubeNames.envVarName(name).ifPresent(problem -> diagnostics.error(env.name().site(), Messages.invalidEnvName(name, problem)));
    if (name.startsWith("JERA_")) {
      diagnostics.error(env.name().site(), Messages.reservedEnvName(name));
    }
    int sources = count(env.value(), env.configMap(), env.secret());
    if (sources != 1) {
      diagnostics.error(env.site(), Messages.envSources(name));
      return;
    }
    boolean keyed = env.configMap().isPresent() || env.secret().isPresent();
    if (keyed && env.key().isEmpty()) {
      diagnostics.error(env.site(), Messages.envKey(name));
    } else if (!keyed && env.key().isPresent()) {
      diagnostics.error(env.key().get().site(), Messages.envKeyWithoutSource(name));
    }
    env.key().ifPresent(key -> KubeNames.secretKey(key.value())
        .ifPresent(problem -> diagnostics.error(key.site(), Messages.invalidSecretKey(key.value(), problem))));
    resourceName("ConfigMap", env.configMap(), diagnostics);
    resourceName("Secret", env.secret(), diagnostics);
  }

  private static void envFrom(PodSettings.EnvFromModel from, Diagnostics diagnostics) {
    if (count(from.configMap(), from.secret()) != 1) {
      diagnostics.error(from.site(), Messages.envFromSources());
    }
    resourceName("ConfigMap", from.configMap(), diagnostics);
    resourceName("Secret", from.secret(), diagnostics);
    from.prefix().ifPresent(prefix -> KubeNames.envVarName(prefix.value())
        .ifPresent(problem -> diagnostics.error(prefix.site(), Messages.invalidEnvName(prefix.value(), problem))));
  }

  private static void volume(PodSettings.VolumeModel volume, Diagnostics diagnostics) {
    KubeNames.dns1123Label(volume.name().value())
        .ifPresent(problem -> diagnostics.error(volume.name().site(), Messages.invalidResourceName("volume name", volume.name().value(), problem)));
    String path = volume.mountPath().value();
    if (!path.startsWith("/")) {
      diagnostics.error(volume.mountPath().site(), Messages.invalidMountPath(path, "is not absolute; start it with '/'"));
    } else if (path.contains("..")) {
      diagnostics.error(volume.mountPath().site(), Messages.invalidMountPath(path, "contains '..'"));
    } else if (path.equals("/argo") || path.startsWith("/argo/") || path.equals("/")) {
      diagnostics.error(volume.mountPath().site(), Messages.invalidMountPath(path, "is where Argo's executor keeps its files; pick another path"));
    }
    if (count(volume.claim(), volume.size(), volume.secret(), volume.configMap()) > 1) {
      diagnostics.error(volume.site(), Messages.volumeSources(volume.name().value()));
    }
    if (volume.storageClass().isPresent() && volume.size().isEmpty()) {
      diagnostics.error(volume.storageClass().get().site(), Messages.storageClassWithoutSize(volume.name().value()));
    }
    volume.size().ifPresent(size -> Quantity.problemForResource(size.value())
        .ifPresent(problem -> diagnostics.error(size.site(), Messages.invalidQuantity("@Volume", "size", size.value(), problem))));
    resourceName("PersistentVolumeClaim", volume.claim(), diagnostics);
    resourceName("StorageClass", volume.storageClass(), diagnostics);
    resourceName("Secret", volume.secret(), diagnostics);
    resourceName("ConfigMap", volume.configMap(), diagnostics);
  }

  private static void placement(PodSettings.PlacementModel placement, Diagnostics diagnostics) {
    for (Text label : placement.nodeSelector()) {
      Optional<Map.Entry<String, String>> pair = PodSyntax.keyValue(label.value());
      Optional<String> problem = pair.isEmpty() ? Optional.of("write key=value") : PodSyntax.labelProblem(pair.get());
      problem.ifPresent(p -> diagnostics.error(label.site(), Messages.invalidNodeSelector(label.value(), p)));
    }
    for (Text toleration : placement.tolerations()) {
      PodSyntax.tolerationProblem(toleration.value())
          .ifPresent(p -> diagnostics.error(toleration.site(), Messages.invalidToleration(toleration.value(), p)));
    }
    for (Text affinity : placement.affinity()) {
      PodSyntax.requirementProblem(affinity.value())
          .ifPresent(p -> diagnostics.error(affinity.site(), Messages.invalidAffinity(affinity.value(), p)));
    }
    resourceName("PriorityClass", placement.priorityClass(), diagnostics);
    for (Text secret : placement.imagePullSecrets()) {
      resourceName("image pull Secret", Optional.of(secret), diagnostics);
    }
  }

  private static void sync(PodSettings.SyncModel sync, Diagnostics diagnostics) {
    if (sync.mutexes().isEmpty() && sync.semaphores().isEmpty()) {
      diagnostics.error(sync.site(), Messages.emptySync());
    }
    for (Text mutex : sync.mutexes()) {
      if (!MUTEX.matcher(mutex.value()).matches()) {
        diagnostics.error(mutex.site(), Messages.invalidMutex(mutex.value()));
      }
    }
    for (Text semaphore : sync.semaphores()) {
      if (!KeyReference.valid(semaphore.value())) {
        diagnostics.error(semaphore.site(), Messages.invalidSemaphore(semaphore.value()));
      }
    }
  }

  private static void sameDefinition(
      PodSettings.VolumeModel volume, Map<String, PodSettings.VolumeModel> seen, Diagnostics diagnostics) {
    PodSettings.VolumeModel first = seen.putIfAbsent(volume.name().value(), volume);
    if (first != null && !first.sameBackingAs(volume)) {
      diagnostics.error(volume.site(), Messages.volumeRedefined(volume.name().value(), first.kind(), volume.kind()));
    }
  }

  /** A script's volume may replace its class's at the same path; two of one place may not share one. */
  private static void mountPaths(WorkflowModel workflow, ScriptModel script, Diagnostics diagnostics) {
    for (List<PodSettings.VolumeModel> level : List.of(workflow.settings().volumes(), script.settings().volumes())) {
      Map<String, PodSettings.VolumeModel> byPath = new HashMap<>();
      for (PodSettings.VolumeModel volume : level) {
        PodSettings.VolumeModel other = byPath.putIfAbsent(volume.mountPath().value(), volume);
        if (other != null) {
          diagnostics.error(
              volume.mountPath().site(),
              Messages.mountPathTaken(volume.mountPath().value(), script.methodName(), other.name().value(), volume.name().value()));
        }
      }
    }
  }

  private static void duplicateEnv(ScriptModel script, Diagnostics diagnostics) {
    List<String> names = new ArrayList<>();
    for (PodSettings.EnvModel env : script.settings().env()) {
      if (names.contains(env.name().value())) {
        diagnostics.error(env.name().site(), Messages.duplicateEnv(env.name().value(), script.methodName()));
      }
      names.add(env.name().value());
    }
  }

  private static void resourceName(String what, Optional<Text> name, Diagnostics diagnostics) {
    name.ifPresent(text -> KubeNames.dns1123Subdomain(text.value())
        .ifPresent(problem -> diagnostics.error(text.site(), Messages.invalidResourceName(what, text.value(), problem))));
  }

  @SafeVarargs
  private static int count(Optional<Text>... options) {
    int count = 0;
    for (Optional<Text> option : options) {
      if (option.isPresent()) {
        count++;
      }
    }
    return count;
  }
}
