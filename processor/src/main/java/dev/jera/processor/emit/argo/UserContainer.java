package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A {@code sidecars[]} or {@code initContainers[]} entry: a container, and whether it mirrors the step's mounts. */
@JsonPropertyOrder({"name", "image", "command", "args", "env", "securityContext", "mirrorVolumeMounts"})
public record UserContainer(
    String name,
    String image,
    List<String> command,
    List<String> args,
    List<EnvVar> env,
    SecurityContexts.Container securityContext,
    Boolean mirrorVolumeMounts) {}
