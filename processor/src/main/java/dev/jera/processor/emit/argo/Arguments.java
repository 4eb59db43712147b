package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** {@code arguments}: the parameters and artifacts passed to a template or the workflow. */
@JsonPropertyOrder({"parameters", "artifacts"})
public record Arguments(List<Parameter> parameters, List<Artifact> artifacts) {
  public Arguments(List<Parameter> parameters) {
    this(parameters, null);
  }
}
