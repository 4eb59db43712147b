package dev.jera.local.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.argo.go.GoJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A manifest's YAML value as Argo holds it after converting the manifest to JSON ({@code withItems} items):
 * maps with sorted keys, numbers as Go formats them, strings HTML-escaped, as {@link GoJson} writes them.
 */
final class ManifestJson {
  private ManifestJson() {}

  /** The JSON text Argo holds for {@code node}. */
  static String of(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "null";
    }
    if (node.isObject()) {
      Map<String, String> members = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        members.put(field.getKey(), of(field.getValue()));
      }
      return GoJson.sortedObject(members);
    }
    if (node.isArray()) {
      StringBuilder out = new StringBuilder("[");
      for (JsonNode element : node) {
        if (out.length() > 1) {
          out.append(',');
        }
        out.append(of(element));
      }
      return out.append(']').toString();
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    if (node.isNumber()) {
      return GoJson.formatFloat(node.doubleValue());
    }
    return GoJson.quote(node.asText());
  }
}
