package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A template's {@code outputs}: the values and files a step leaves. */
@JsonPropertyOrder({"parameters", "artifacts"})
public record Outputs(List<OutputParameter> parameters, List<Artifact> artifacts) {}
