package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A {@code script} or {@code container}. For a script, Argo writes {@code source} to a file and
 * appends its path to {@code args}; the runner reads the step's inputs from it. A container has no
 * source.
 */
@JsonPropertyOrder({
  "image", "command", "args", "env", "envFrom", "volumeMounts", "resources", "securityContext", "source"
})
public record ScriptTemplate(
    String image,
    List<String> command,
    List<String> args,
    List<EnvVar> env,
    List<PodSpecParts.EnvFromSource> envFrom,
    List<PodSpecParts.VolumeMount> volumeMounts,
    ResourceRequirements resources,
    SecurityContexts.Container securityContext,
    String source) {}
