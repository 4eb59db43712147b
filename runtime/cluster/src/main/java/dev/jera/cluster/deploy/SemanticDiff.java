package dev.jera.cluster.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.argo.Quantity;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a resource on the cluster is already what a compiled manifest says, ignoring what the server
 * adds or rewrites on its way: metadata it owns ({@code uid}, {@code resourceVersion}, timestamps,
 * {@code managedFields}, …), labels and annotations others add, a CronWorkflow's {@code status}, empty
 * values that Go's {@code omitempty} drops ({@code ""}, {@code []}, {@code {}}), numbers written
 * differently ({@code 1} and {@code 1.0}) and quantities of resource requests and limits
 * ({@code 0.5} and {@code 500m}). Everything else must be equal, including what the cluster's copy has
 * and the manifest has not, so an edit made by hand is undone by the next apply.
 */
public final class SemanticDiff {
  private SemanticDiff() {}

  /** The path of the first difference between {@code desired} and {@code live}, if any, such as {@code spec.templates[1].script.image}. */
  public static Optional<String> difference(JsonNode desired, JsonNode live) {
    JsonNode desiredMeta = desired.path("metadata");
    JsonNode liveMeta = live.path("metadata");
    if (!desiredMeta.path("name").asText().equals(liveMeta.path("name").asText())) {
      return Optional.of("metadata.name");
    }
    for (String map : new String[] {"labels", "annotations"}) {
      for (Map.Entry<String, JsonNode> entry : desiredMeta.path(map).properties()) {
        JsonNode value = liveMeta.path(map).get(entry.getKey());
        if (value == null || !value.asText().equals(entry.getValue().asText())) {
          return Optional.of("metadata." + map + "." + entry.getKey());
        }
      }
    }
    return compare(desired.path("spec"), live.path("spec"), "spec", "spec", null);
  }

  /**
   * @param key the field holding this value
   * @param enclosing the field holding the object this value is a field of (quantities sit in {@code requests}
   *     and {@code limits})
   */
  private static Optional<String> compare(JsonNode desired, JsonNode live, String path, String key, String enclosing) {
    if (empty(desired) && empty(live)) {
      return Optional.empty();
    }
    if (desired.isObject() && live.isObject()) {
      for (Map.Entry<String, JsonNode> field : desired.properties()) {
        Optional<String> inner = compare(field.getValue(), live.path(field.getKey()), path + "." + field.getKey(),
            field.getKey(), key);
        if (inner.isPresent()) {
          return inner;
        }
      }
      for (Map.Entry<String, JsonNode> field : live.properties()) {
        if (!desired.has(field.getKey()) && !empty(field.getValue())) {
          return Optional.of(path + "." + field.getKey());
        }
      }
      return Optional.empty();
    }
    if (desired.isArray() && live.isArray()) {
      if (desired.size() != live.size()) {
        return Optional.of(path);
      }
      for (int i = 0; i < desired.size(); i++) {
        Optional<String> inner = compare(desired.get(i), live.get(i), path + "[" + i + "]", key, enclosing);
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    return sameValue(desired, live, enclosing) ? Optional.empty() : Optional.of(path);
  }

  private static boolean sameValue(JsonNode desired, JsonNode live, String enclosing) {
    if (desired.isNumber() && live.isNumber()) {
      return desired.decimalValue().compareTo(live.decimalValue()) == 0;
    }
    if (desired.equals(live)) {
      return true;
    }
    if (desired.isTextual() && live.isTextual() && ("requests".equals(enclosing) || "limits".equals(enclosing))) {
      return sameQuantity(desired.asText(), live.asText());
    }
    return false;
  }

  private static boolean sameQuantity(String a, String b) {
    try {
      return Quantity.parse(a).compareTo(Quantity.parse(b)) == 0;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** What Go's {@code omitempty} leaves out: missing, null, {@code ""}, {@code []}, {@code {}}. */
  private static boolean empty(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull()
        || node.isTextual() && node.asText().isEmpty()
        || node.isContainerNode() && node.isEmpty();
  }
}
