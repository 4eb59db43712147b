package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The outputs of a {@code dag} or {@code steps} template, each taken from one of its steps or computed. */
public final class GraphOutputs {
  private GraphOutputs() {}

  /** An output parameter: {@code valueFrom.parameter} (a tag of a step's output) or {@code valueFrom.expression}. */
  @JsonPropertyOrder({"name", "valueFrom"})
  public record Parameter(String name, ValueFrom valueFrom) {}

  @JsonPropertyOrder({"parameter", "expression", "default"})
  public record ValueFrom(String parameter, String expression, @JsonProperty("default") String defaultValue) {}

  /** An output artifact: {@code from} (a tag of a step's output file) or {@code fromExpression}. */
  @JsonPropertyOrder({"name", "from", "fromExpression"})
  public record Artifact(String name, String from, String fromExpression) {}
}
