package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** A container's (or pod's) {@code resources}: quantities as strings, keys in a fixed order, and claims. */
@JsonPropertyOrder({"requests", "limits", "claims"})
public record ResourceRequirements(Map<String, String> requests, Map<String, String> limits, List<Claim> claims) {
  /** A dynamic resource claim of the pod the container uses, or one request of it. */
  @JsonPropertyOrder({"name", "request"})
  public record Claim(String name, String request) {}
}
