package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A template's {@code outputs}: the values and files a step leaves ({@link OutputParameter}s and
 * {@link Artifact}s), or a graph takes from its steps ({@link GraphOutputs}).
 */
@JsonPropertyOrder({"parameters", "artifacts"})
public record Outputs(List<?> parameters, List<?> artifacts) {}
