package dev.jera.processor.validate;

import dev.jera.argo.KubeNames;
import dev.jera.argo.TemplateText;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.PodMessages;
import dev.jera.processor.diagnostic.ResourceMessages;
import dev.jera.processor.diagnostic.SecretMessages;
import dev.jera.processor.model.KeyRef;
import dev.jera.processor.model.KeyValue;
import dev.jera.processor.model.NodeRequirement;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.PodSettings;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.Toleration;
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
    for (ScriptModel script : workflow.pods()) {
      check(script.settings(), diagnostics);
      script.settings().volumes().forEach(v -> sameDefinition(v, volumes, diagnostics));
      script.settings().placement()
          .filter(p -> !p.imagePullSecrets().isEmpty())
          .ifPresent(p -> diagnostics.report(p.imagePullSecrets().get(0).site(), PodMessages.pullSecretsOnScript(script.methodName())));
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
    KubeNames.envVarName(name).ifPresent(problem -> diagnostics.report(env.name().site(), PodMessages.invalidEnvName(name, problem)));
    if (name.startsWith("JERA_")) {
      diagnostics.report(env.name().site(), PodMessages.reservedEnvName(name));
    }
    int sources = count(env.value(), env.configMap(), env.secret());
    if (sources != 1) {
      diagnostics.report(env.site(), PodMessages.envSources(name));
      return;
    }
    boolean keyed = env.configMap().isPresent() || env.secret().isPresent();
    if (keyed && env.key().isEmpty()) {
      diagnostics.report(env.site(), PodMessages.envKey(name));
    } else if (!keyed && env.key().isPresent()) {
      diagnostics.report(env.key().get().site(), PodMessages.envKeyWithoutSource(name));
    }
    env.key().ifPresent(key -> KubeNames.secretKey(key.value())
        .ifPresent(problem -> diagnostics.report(key.site(), SecretMessages.invalidSecretKey(key.value(), problem))));
    resourceName("ConfigMap", env.configMap(), diagnostics);
    resourceName("Secret", env.secret(), diagnostics);
  }

  private static void envFrom(PodSettings.EnvFromModel from, Diagnostics diagnostics) {
    if (count(from.configMap(), from.secret()) != 1) {
      diagnostics.report(from.site(), PodMessages.envFromSources());
    }
    resourceName("ConfigMap", from.configMap(), diagnostics);
    resourceName("Secret", from.secret(), diagnostics);
    from.prefix().ifPresent(prefix -> KubeNames.envVarName(prefix.value())
        .ifPresent(problem -> diagnostics.report(prefix.site(), PodMessages.invalidEnvName(prefix.value(), problem))));
  }

  private static void volume(PodSettings.VolumeModel volume, Diagnostics diagnostics) {
    KubeNames.dns1123Label(volume.name().value())
        .ifPresent(problem -> diagnostics.report(volume.name().site(), PodMessages.invalidResourceName("volume name", volume.name().value(), problem)));
    String path = volume.mountPath().value();
    if (!path.startsWith("/")) {
      diagnostics.report(volume.mountPath().site(), PodMessages.invalidMountPath(path, PodMessages.relativeMountPath()));
    } else if (path.contains("..")) {
      diagnostics.report(volume.mountPath().site(), PodMessages.invalidMountPath(path, PodMessages.mountPathWithDots()));
    } else if (path.equals("/argo") || path.startsWith("/argo/") || path.equals("/")) {
      diagnostics.report(volume.mountPath().site(), PodMessages.invalidMountPath(path, PodMessages.argosMountPath()));
    }
    if (count(volume.claim(), volume.size(), volume.secret(), volume.configMap()) > 1) {
      diagnostics.report(volume.site(), PodMessages.volumeSources(volume.name().value()));
    }
    if (volume.storageClass().isPresent() && volume.size().isEmpty()) {
      diagnostics.report(volume.storageClass().get().site(), PodMessages.storageClassWithoutSize(volume.name().value()));
    }
    volume.size().ifPresent(size -> size.problem()
        .ifPresent(problem -> diagnostics.report(size.site(), ResourceMessages.invalidQuantity("@Volume", "size", size.written(), problem))));
    resourceName("PersistentVolumeClaim", volume.claim(), diagnostics);
    resourceName("StorageClass", volume.storageClass(), diagnostics);
    resourceName("Secret", volume.secret(), diagnostics);
    resourceName("ConfigMap", volume.configMap(), diagnostics);
  }

  private static void placement(PodSettings.PlacementModel placement, Diagnostics diagnostics) {
    for (Parsed<KeyValue> label : placement.nodeSelector()) {
      // The value may hold tags, which Argo substitutes for the step; the key may not.
      Optional<String> problem = label.problem()
          .or(() -> label.value().key().contains("{{") ? Optional.of(PodMessages.tagInNodeSelectorKey()) : Optional.empty())
          .or(() -> LabelSyntax.problem(new KeyValue(label.value().key(), PodSpecRule.withoutTags(label.value().value()))));
      problem.ifPresent(p -> diagnostics.report(label.site(), PodMessages.invalidNodeSelector(label.written(), p)));
    }
    for (Parsed<Toleration> toleration : placement.tolerations()) {
      toleration.problem()
          .ifPresent(p -> diagnostics.report(toleration.site(), PodMessages.invalidToleration(toleration.written(), p)));
    }
    for (Parsed<NodeRequirement> affinity : placement.affinity()) {
      affinity.problem()
          .ifPresent(p -> diagnostics.report(affinity.site(), PodMessages.invalidAffinity(affinity.written(), p)));
    }
    resourceName("PriorityClass", placement.priorityClass(), diagnostics);
    for (Text secret : placement.imagePullSecrets()) {
      resourceName("image pull Secret", Optional.of(secret), diagnostics);
    }
  }

  /**
   * A mutex's name as Argo checks it once substituted ({@code client-{{workflow.uid}}} is one lock per run):
   * each tag stands for a name's worth of letters; TemplateTagRule checks the tags themselves.
   */
  private static String withoutTags(String mutex) {
    try {
      return TemplateText.parse(mutex).withPlaceholders("x");
    } catch (IllegalArgumentException unterminated) {
      return mutex; // TemplateTagRule reports it.
    }
  }

  private static void sync(PodSettings.SyncModel sync, Diagnostics diagnostics) {
    if (sync.mutexes().isEmpty() && sync.semaphores().isEmpty()) {
      diagnostics.report(sync.site(), PodMessages.emptySync());
    }
    for (Text mutex : sync.mutexes()) {
      if (!MUTEX.matcher(withoutTags(mutex.value())).matches()) {
        diagnostics.report(mutex.site(), PodMessages.invalidMutex(mutex.value()));
      }
    }
    for (Parsed<KeyRef> semaphore : sync.semaphores()) {
      if (!semaphore.isValid()) {
        diagnostics.report(semaphore.site(), sync.database()
            ? PodMessages.invalidDatabaseSemaphore(semaphore.written(), semaphore.problem().orElseThrow())
            : PodMessages.invalidSemaphore(semaphore.written()));
      }
    }
  }

  private static void sameDefinition(
      PodSettings.VolumeModel volume, Map<String, PodSettings.VolumeModel> seen, Diagnostics diagnostics) {
    PodSettings.VolumeModel first = seen.putIfAbsent(volume.name().value(), volume);
    if (first != null && !first.sameBackingAs(volume)) {
      diagnostics.report(volume.site(), PodMessages.volumeRedefined(volume.name().value(), first.kind(), volume.kind()));
    }
  }

  /** A script's volume may replace its class's at the same path; two of one place may not share one. */
  private static void mountPaths(WorkflowModel workflow, ScriptModel script, Diagnostics diagnostics) {
    for (List<PodSettings.VolumeModel> level : List.of(workflow.settings().volumes(), script.settings().volumes())) {
      Map<String, PodSettings.VolumeModel> byPath = new HashMap<>();
      for (PodSettings.VolumeModel volume : level) {
        PodSettings.VolumeModel other = byPath.putIfAbsent(volume.mountPath().value(), volume);
        if (other != null) {
          diagnostics.report(
              volume.mountPath().site(),
              PodMessages.mountPathTaken(volume.mountPath().value(), script.methodName(), other.name().value(), volume.name().value()));
        }
      }
    }
  }

  private static void duplicateEnv(ScriptModel script, Diagnostics diagnostics) {
    List<String> names = new ArrayList<>();
    for (PodSettings.EnvModel env : script.settings().env()) {
      if (names.contains(env.name().value())) {
        diagnostics.report(env.name().site(), PodMessages.duplicateEnv(env.name().value(), script.methodName()));
      }
      names.add(env.name().value());
    }
  }

  private static void resourceName(String what, Optional<Text> name, Diagnostics diagnostics) {
    name.ifPresent(text -> KubeNames.dns1123Subdomain(text.value())
        .ifPresent(problem -> diagnostics.report(text.site(), PodMessages.invalidResourceName(what, text.value(), problem))));
  }

  private static int count(Optional<?>... options) {
    int count = 0;
    for (Optional<?> option : options) {
      if (option.isPresent()) {
        count++;
      }
    }
    return count;
  }
}
