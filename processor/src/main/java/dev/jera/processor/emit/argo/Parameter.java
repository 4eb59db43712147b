package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A parameter: Argo types its value, default and enum entries as strings. */
@JsonPropertyOrder({"name", "value", "default", "enum", "description"})
public record Parameter(
    String name,
    String value,
    @JsonProperty("default") String defaultValue,
    @JsonProperty("enum") List<String> allowed,
    String description) {

  public static Parameter named(String name) {
    return new Parameter(name, null, null, null, null);
  }

  public static Parameter of(String name, String value) {
    return new Parameter(name, value, null, null, null);
  }

  /**
   * A workflow's parameter: the value it has unless the submission gives another (Argo's {@code value}
   * of a workflow argument), its allowed values and description, each null when absent.
   */
  public static Parameter declared(String name, String value, List<String> allowed, String description) {
    return new Parameter(name, value, null, allowed, description);
  }
}
