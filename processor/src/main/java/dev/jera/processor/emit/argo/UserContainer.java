package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/** A {@code sidecars[]} or {@code initContainers[]} entry: a container, and whether it mirrors the step's mounts. */
public record UserContainer(
    String name,
    String image,
    List<String> command,
    List<String> args,
    List<EnvVar> env,
    SecurityContexts.Container securityContext,
    Boolean mirrorVolumeMounts) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("name", name);
    each.accept("image", image);
    each.accept("command", command);
    each.accept("args", args);
    each.accept("env", env);
    each.accept("securityContext", securityContext);
    each.accept("mirrorVolumeMounts", mirrorVolumeMounts);
  }
}
