package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A workflow's {@code spec}. */
@JsonPropertyOrder({
  "entrypoint", "onExit", "serviceAccountName", "parallelism", "securityContext", "arguments", "templates"
})
public record WorkflowSpec(
    String entrypoint,
    String onExit,
    String serviceAccountName,
    Integer parallelism,
    SecurityContexts.Pod securityContext,
    Arguments arguments,
    List<Template> templates) {}
