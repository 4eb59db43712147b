package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A {@code script} template. Argo writes {@code source} to a file and appends its path to
 * {@code args}; the runner reads the step's inputs from it.
 */
@JsonPropertyOrder({"image", "command", "args", "env", "resources", "securityContext", "source"})
public record ScriptTemplate(
    String image,
    List<String> command,
    List<String> args,
    List<EnvVar> env,
    ResourceRequirements resources,
    SecurityContexts.Container securityContext,
    String source) {}
