package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An output parameter: read from a file the step leaves, with a default for when it leaves none. */
@JsonPropertyOrder({"name", "valueFrom", "globalName"})
public record OutputParameter(String name, ValueFrom valueFrom, String globalName) {

  /** {@code valueFrom}: the file, and the value used when it is missing ({@code null}: none, the step fails). */
  @JsonPropertyOrder({"path", "default"})
  public record ValueFrom(String path, @JsonProperty("default") String defaultValue) {}
}
