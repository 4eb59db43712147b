package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** An output parameter: read from a file the step leaves, with a default for when it leaves none. */
@JsonPropertyOrder({"name", "valueFrom", "globalName"})
public record OutputParameter(String name, ValueFrom valueFrom, String globalName) {

  /**
   * {@code valueFrom}: the file (or, on a resource template, the JSONPath or jq filter read from the object),
   * and the value used when it is missing ({@code null}: none, the step fails).
   */
  @JsonPropertyOrder({"path", "jsonPath", "jqFilter", "supplied", "default"})
  public record ValueFrom(String path, String jsonPath, String jqFilter, Map<String, Object> supplied,
      @JsonProperty("default") String defaultValue) {
    public ValueFrom(String path, String defaultValue) {
      this(path, null, null, null, defaultValue);
    }

    public ValueFrom(String path, String jsonPath, String jqFilter, String defaultValue) {
      this(path, jsonPath, jqFilter, null, defaultValue);
    }

    /** A value supplied when a suspend is resumed ({@code supplied: {}}), or its default. */
    public static ValueFrom supplied(String defaultValue) {
      return new ValueFrom(null, null, null, Map.of(), defaultValue);
    }
  }
}
