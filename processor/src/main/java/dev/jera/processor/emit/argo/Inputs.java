package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A template's {@code inputs}. */
@JsonPropertyOrder({"parameters", "artifacts"})
public record Inputs(List<Parameter> parameters, List<Artifact> artifacts) {}
