package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * {@code metadata}: a Workflow has a {@code generateName} (or, given a fixed name, a {@code name}), the
 * other kinds a {@code name}.
 */
@JsonPropertyOrder({"name", "generateName", "labels", "annotations"})
public record Metadata(String name, String generateName, Map<String, String> labels, Map<String, String> annotations) {
  public static Metadata named(String name, Map<String, String> labels, Map<String, String> annotations) {
    return new Metadata(name, null, labels, annotations);
  }

  /** A name Kubernetes completes with a random suffix, for each Workflow submitted. */
  public static Metadata generated(String prefix, Map<String, String> labels, Map<String, String> annotations) {
    return new Metadata(null, prefix, labels, annotations);
  }
}
