package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A {@code containerSet}: the pod's containers, each waiting for its {@code dependencies}, and the
 * mounts Argo adds to every one of them.
 */
@JsonPropertyOrder({"volumeMounts", "containers"})
public record ContainerSetTemplate(List<PodSpecParts.VolumeMount> volumeMounts, List<Node> containers) {

  /** One container of the set ({@code ContainerNode}). */
  @JsonPropertyOrder({
    "name", "image", "command", "args", "env", "envFrom", "resources", "securityContext", "dependencies"
  })
  public record Node(
      String name,
      String image,
      List<String> command,
      List<String> args,
      List<EnvVar> env,
      List<PodSpecParts.EnvFromSource> envFrom,
      ResourceRequirements resources,
      SecurityContexts.Container securityContext,
      List<String> dependencies) {}
}
