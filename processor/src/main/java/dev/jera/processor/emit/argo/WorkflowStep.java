package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One step of a {@code steps} template's group. */
@JsonPropertyOrder({"name", "template", "arguments", "withParam", "withItems", "withSequence", "when"})
public record WorkflowStep(
    String name,
    String template,
    Arguments arguments,
    String withParam,
    List<String> withItems,
    Sequence withSequence,
    String when) {}
