package dev.jera.processor.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.stream.Stream;

/**
 * Literal items that are JSON objects, whose fields a step reads as {@code {{item.<field>}}} (Argo's
 * {@code withItems} of maps, as loops-maps.yaml writes them).
 */
public final class ItemFields {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ItemFields() {}

  /** Whether the step's {@code @Value} inputs read fields of its items. */
  public static boolean readsFields(ScriptModel script) {
    return valueTemplates(script).anyMatch(template -> template.contains("{{item."));
  }

  /** Whether the step's {@code @Value} inputs read its item at all, whole or a field. */
  public static boolean readsItem(ScriptModel script) {
    return valueTemplates(script).anyMatch(template -> template.contains("{{item}}") || template.contains("{{item."));
  }

  private static Stream<String> valueTemplates(ScriptModel script) {
    return script.inputs().stream()
        .flatMap(input -> input.sources().stream())
        .filter(InputSource.Value.class::isInstance)
        .map(source -> ((InputSource.Value) source).template().value());
  }

  /** Whether every literal item of the step is a JSON object with the field {@code field} leads with. */
  public static boolean allHave(ScriptModel script, String field) {
    if (script.items().isEmpty()) {
      return false;
    }
    String first = field.split("\\.", 2)[0];
    for (Text item : script.items()) {
      try {
        JsonNode node = JSON.readTree(item.value());
        if (node == null || !node.isObject() || !node.has(first)) {
          return false;
        }
      } catch (IOException notJson) {
        return false;
      }
    }
    return true;
  }
}
