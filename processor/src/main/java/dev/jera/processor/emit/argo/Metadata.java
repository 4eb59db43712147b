package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** {@code metadata}: a Workflow has a {@code generateName}, the other kinds a {@code name}. */
@JsonPropertyOrder({"name", "generateName", "labels"})
public record Metadata(String name, String generateName, Map<String, String> labels) {
  public static Metadata named(String name, Map<String, String> labels) {
    return new Metadata(name, null, labels);
  }

  /** A name Kubernetes completes with a random suffix, for each Workflow submitted. */
  public static Metadata generated(String prefix, Map<String, String> labels) {
    return new Metadata(null, prefix, labels);
  }
}
