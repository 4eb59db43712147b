package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A {@code containerSet}: the pod's containers, each waiting for its {@code dependencies}, and the
 * mounts Argo adds to every one of them.
 */
public record ContainerSetTemplate(List<PodSpecParts.VolumeMount> volumeMounts, List<Node> containers)
    implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("volumeMounts", volumeMounts);
    each.accept("containers", containers);
  }

  /** One container of the set ({@code ContainerNode}). */
  public record Node(
      String name,
      String image,
      List<String> command,
      List<String> args,
      List<EnvVar> env,
      List<PodSpecParts.EnvFromSource> envFrom,
      ResourceRequirements resources,
      SecurityContexts.Container securityContext,
      List<String> dependencies) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("name", name);
      each.accept("image", image);
      each.accept("command", command);
      each.accept("args", args);
      each.accept("env", env);
      each.accept("envFrom", envFrom);
      each.accept("resources", resources);
      each.accept("securityContext", securityContext);
      each.accept("dependencies", dependencies);
    }
  }
}
