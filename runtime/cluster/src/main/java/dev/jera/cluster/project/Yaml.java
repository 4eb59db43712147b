package dev.jera.cluster.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads manifests into JSON trees without changing a value on its way: decimals keep their digits
 * ({@code 1.50} stays {@code 1.50}), strings stay strings.
 */
final class Yaml {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private Yaml() {}

  /**
   * The manifest {@code text} as a JSON tree.
   *
   * @throws ProjectException naming {@code where} when it is not a YAML object
   */
  static JsonNode read(String text, String where) {
    JsonNode tree;
    try {
      tree = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ProjectException(where + ": not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (tree == null || !tree.isObject()) {
      throw new ProjectException(where + ": expected an Argo resource, got " + (tree == null ? "nothing" : tree.getNodeType()));
    }
    return tree;
  }
}
