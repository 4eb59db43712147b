package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One step of a {@code steps} template's group. */
@JsonPropertyOrder({"name", "template", "templateRef", "arguments", "withParam", "withItems", "withSequence", "when", "continueOn"})
public record WorkflowStep(
    String name,
    String template,
    TemplateRef templateRef,
    Arguments arguments,
    String withParam,
    List<Object> withItems,
    Sequence withSequence,
    String when,
    ContinueOn continueOn) {}
