package dev.jera.processor.collect;

import dev.jera.processor.model.ContainerModel;
import dev.jera.processor.model.DaemonModel;
import dev.jera.processor.model.ResourceModel;
import dev.jera.processor.model.MemoizeModel;
import dev.jera.processor.model.PodSettings;
import dev.jera.processor.model.ResourcesModel;
import dev.jera.processor.model.SidecarModel;
import dev.jera.processor.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/** Reads the pod settings annotations of a workflow class or a script method. */
final class SettingsCollector {
  static final String ENV = "dev.jera.Env";
  static final String ENVS = "dev.jera.Envs";
  static final String ENV_FROM = "dev.jera.EnvFrom";
  static final String ENV_FROMS = "dev.jera.EnvFroms";
  static final String VOLUME = "dev.jera.Volume";
  static final String VOLUMES = "dev.jera.Volumes";
  static final String POD = "dev.jera.Pod";
  static final String SYNCHRONIZED = "dev.jera.Synchronized";
  static final String MEMOIZE = "dev.jera.Memoize";
  static final String CONTAINER = "dev.jera.Container";
  static final String RESOURCE = "dev.jera.Resource";
  static final String POD_RESOURCES = "dev.jera.PodResources";
  static final String SIDECAR = "dev.jera.Sidecar";
  static final String SIDECARS = "dev.jera.Sidecars";
  static final String INIT_CONTAINER = "dev.jera.InitContainer";
  static final String INIT_CONTAINERS = "dev.jera.InitContainers";
  static final String DAEMON = "dev.jera.Daemon";

  private SettingsCollector() {}

  static PodSettings settings(Element element) throws UnresolvedException {
    List<PodSettings.EnvModel> env = new ArrayList<>();
    for (Annotations.Found found : Annotations.findRepeated(element, ENV, ENVS)) {
      env.add(
          new PodSettings.EnvModel(
              Annotations.site(element, found),
              Annotations.text(element, found, "name"),
              Annotations.optionalText(element, found, "value"),
              Annotations.optionalText(element, found, "configMap"),
              Annotations.optionalText(element, found, "secret"),
              Annotations.optionalText(element, found, "key")));
    }
    List<PodSettings.EnvFromModel> envFrom = new ArrayList<>();
    for (Annotations.Found found : Annotations.findRepeated(element, ENV_FROM, ENV_FROMS)) {
      envFrom.add(
          new PodSettings.EnvFromModel(
              Annotations.site(element, found),
              Annotations.optionalText(element, found, "configMap"),
              Annotations.optionalText(element, found, "secret"),
              Annotations.optionalText(element, found, "prefix")));
    }
    List<PodSettings.VolumeModel> volumes = new ArrayList<>();
    for (Annotations.Found found : Annotations.findRepeated(element, VOLUME, VOLUMES)) {
      volumes.add(
          new PodSettings.VolumeModel(
              Annotations.site(element, found),
              Annotations.text(element, found, "name"),
              Annotations.text(element, found, "mountPath"),
              Annotations.optionalText(element, found, "subPath"),
              Annotations.bool(found.mirror(), "readOnly"),
              Annotations.optionalText(element, found, "claim"),
              Annotations.optionalText(element, found, "size").map(Syntax::quantity),
              Annotations.optionalText(element, found, "storageClass"),
              Annotations.optionalText(element, found, "secret"),
              Annotations.optionalText(element, found, "configMap")));
    }
    return new PodSettings(
        env, envFrom, volumes, placement(element), sync(element), resources(element, POD_RESOURCES, "@PodResources"));
  }

  /** {@code @Resources} or {@code @PodResources}: the same quantities; only the former has claims. */
  static Optional<ResourcesModel> resources(Element element, String annotation, String shown) throws UnresolvedException {
    return Annotations.read(element, annotation, resources ->
        new ResourcesModel(
            Site.of(element, resources),
            shown,
            Annotations.optionalText(element, resources, "cpu").map(Syntax::quantity),
            Annotations.optionalText(element, resources, "memory").map(Syntax::quantity),
            Annotations.optionalText(element, resources, "cpuLimit").map(Syntax::quantity),
            Annotations.optionalText(element, resources, "memoryLimit").map(Syntax::quantity),
            annotation.equals(POD_RESOURCES) ? List.of() : Annotations.texts(element, resources, "claims")));
  }

  private static Optional<PodSettings.PlacementModel> placement(Element element) throws UnresolvedException {
    return Annotations.read(element, POD, pod ->
        new PodSettings.PlacementModel(
            Site.of(element, pod),
            Syntax.each(Annotations.texts(element, pod, "nodeSelector"), Syntax::keyValue),
            Syntax.each(Annotations.texts(element, pod, "tolerations"), Syntax::toleration),
            Syntax.each(Annotations.texts(element, pod, "affinity"), Syntax::requirement),
            Annotations.optionalText(element, pod, "priorityClass"),
            Annotations.texts(element, pod, "imagePullSecrets"),
            Syntax.each(Annotations.texts(element, pod, "labels"), Syntax::keyValue),
            Syntax.each(Annotations.texts(element, pod, "annotations"), Syntax::keyValue),
            Annotations.optionalText(element, pod, "specPatch"),
            Syntax.each(Annotations.texts(element, pod, "resourceClaims"), Syntax::keyValue),
            Annotations.texts(element, pod, "nameservers"),
            Annotations.texts(element, pod, "dnsOptions"),
            Annotations.texts(element, pod, "dnsSearches")));
  }

  private static Optional<PodSettings.SyncModel> sync(Element element) throws UnresolvedException {
    return Annotations.read(element, SYNCHRONIZED, sync -> {
      boolean database = Annotations.bool(sync, "database");
      return new PodSettings.SyncModel(
          Site.of(element, sync),
          Annotations.texts(element, sync, "mutex"),
          Syntax.each(Annotations.texts(element, sync, "semaphore"), database ? Syntax::databaseKey : Syntax::keyRef),
          database);
    });
  }

  static Optional<MemoizeModel> memoize(Element element) throws UnresolvedException {
    return Annotations.read(element, MEMOIZE, memoize ->
        new MemoizeModel(
            Site.of(element, memoize),
            Annotations.text(element, memoize, "key"),
            Annotations.optionalText(element, memoize, "maxAge").map(Syntax::duration),
            Annotations.text(element, memoize, "cache")));
  }

  static Optional<ContainerModel> container(Element element) throws UnresolvedException {
    return Annotations.read(element, CONTAINER, container ->
        new ContainerModel(
            Site.of(element, container),
            Annotations.text(element, container, "image"),
            Annotations.texts(element, container, "command"),
            Annotations.texts(element, container, "args")));
  }

  static Optional<ResourceModel> resource(Element element) throws UnresolvedException {
    return Annotations.read(element, RESOURCE, resource ->
        new ResourceModel(
            Site.of(element, resource),
            Annotations.enumConstant(resource, "action"),
            Annotations.text(element, resource, "manifest"),
            Annotations.explicit(resource, "mergeStrategy").isPresent()
                ? Optional.of(Annotations.enumConstant(resource, "mergeStrategy"))
                : Optional.empty(),
            Annotations.site(element, resource, "mergeStrategy"),
            Annotations.texts(element, resource, "flags"),
            Annotations.optionalText(element, resource, "successCondition"),
            Annotations.optionalText(element, resource, "failureCondition"),
            Annotations.bool(resource, "setOwnerReference")));
  }

  static Optional<DaemonModel> daemon(Element element) throws UnresolvedException {
    return Annotations.read(element, DAEMON, daemon ->
        new DaemonModel(
            Site.of(element, daemon),
            Annotations.optionalText(element, daemon, "http"),
            Annotations.integer(daemon, "port"),
            Annotations.site(element, daemon, "port"),
            Annotations.integer(daemon, "tcp"),
            Annotations.site(element, daemon, "tcp"),
            Annotations.texts(element, daemon, "exec"),
            Annotations.site(element, daemon, "exec"),
            Annotations.optionalText(element, daemon, "initialDelay").map(Syntax::duration),
            Annotations.optionalText(element, daemon, "timeout").map(Syntax::duration)));
  }

  /** The method's {@code @Sidecar}s or {@code @InitContainer}s, in the order written. */
  static List<SidecarModel> sidecars(Element element, SidecarModel.Kind kind) throws UnresolvedException {
    boolean sidecar = kind == SidecarModel.Kind.SIDECAR;
    List<SidecarModel> containers = new ArrayList<>();
    for (Annotations.Found found : Annotations.findRepeated(
        element, sidecar ? SIDECAR : INIT_CONTAINER, sidecar ? SIDECARS : INIT_CONTAINERS)) {
      Optional<Site> privileged = sidecar && Annotations.bool(found.mirror(), "privileged")
          ? Optional.of(Annotations.site(element, found.mirror(), "privileged")
              .locatedBy(found.locator().map(l -> l.attribute("privileged", -1))))
          : Optional.empty();
      containers.add(
          new SidecarModel(
              kind,
              Annotations.site(element, found),
              Annotations.text(element, found, "name"),
              Annotations.text(element, found, "image"),
              Annotations.texts(element, found, "command"),
              Annotations.texts(element, found, "args"),
              Annotations.texts(element, found, "env"),
              Annotations.bool(found.mirror(), "mirrorVolumeMounts"),
              privileged));
    }
    return containers;
  }
}
