package dev.jera.processor.emit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The literal items of a step whose {@code @Item} is not a {@code String}, as they go into
 * {@code withItems}. Argo's {@code {{item}}} of a string item is its JSON without the quotes, so an
 * object given as a string ({@code {"a": "x"}}) would reach the step escaped ({@code {\"a\": \"x\"}})
 * and no longer decode: objects and lists go in as YAML structures, whose {@code {{item}}} is their
 * JSON, and a JSON string as the string it holds. Numbers, booleans and bare text stay strings: their
 * {@code {{item}}} is their text as written ({@code 0.10} keeps its zero).
 */
final class ItemValues {
  /** Made on first use: Jackson's databind loads only for a workflow with literal items. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  private ItemValues() {}

  static Object asJson(String item) {
    try {
      JsonNode node = Json.MAPPER.readTree(item);
      if (node != null && (node.isObject() || node.isArray())) {
        return node;
      }
      if (node != null && node.isTextual()) {
        return node.textValue();
      }
    } catch (IOException notJson) {
      // Bare text, such as 2024-01-31 for a LocalDate.
    }
    return item;
  }
}
