package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** One step of a {@code steps} template's group. */
@JsonPropertyOrder({"name", "template", "templateRef", "arguments", "withParam", "withItems", "withSequence", "when", "continueOn", "hooks"})
public record WorkflowStep(
    String name,
    String template,
    TemplateRef templateRef,
    Arguments arguments,
    String withParam,
    List<Object> withItems,
    Sequence withSequence,
    String when,
    ContinueOn continueOn,
    Map<String, LifecycleHook> hooks) {}
