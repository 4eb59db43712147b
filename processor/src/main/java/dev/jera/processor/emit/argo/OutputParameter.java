package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An output parameter: read from a file the step leaves, with a default for when it leaves none. */
@JsonPropertyOrder({"name", "valueFrom", "globalName"})
public record OutputParameter(String name, ValueFrom valueFrom, String globalName) {

  /**
   * {@code valueFrom}: the file (or, on a resource template, the JSONPath or jq filter read from the object),
   * and the value used when it is missing ({@code null}: none, the step fails).
   */
  @JsonPropertyOrder({"path", "jsonPath", "jqFilter", "default"})
  public record ValueFrom(String path, String jsonPath, String jqFilter, @JsonProperty("default") String defaultValue) {
    public ValueFrom(String path, String defaultValue) {
      this(path, null, null, defaultValue);
    }
  }
}
