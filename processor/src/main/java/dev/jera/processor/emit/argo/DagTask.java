package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** One task of a DAG: dependencies as a {@code depends} expression. */
@JsonPropertyOrder({
  "name", "template", "templateRef", "depends", "arguments", "withParam", "withItems", "withSequence", "when", "hooks"
})
public record DagTask(
    String name,
    String template,
    TemplateRef templateRef,
    String depends,
    Arguments arguments,
    String withParam,
    List<Object> withItems,
    Sequence withSequence,
    String when,
    Map<String, LifecycleHook> hooks) {}
