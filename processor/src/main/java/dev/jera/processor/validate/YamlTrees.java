package dev.jera.processor.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads YAML the user wrote (a resource template's manifest, a pod spec patch) as a Jackson tree. This class
 * is initialized, and its mapper made, on the first read, so a compilation without such text loads none of
 * Jackson's databind or YAML classes into javac.
 */
final class YamlTrees {
  private static final YAMLMapper MAPPER = new YAMLMapper();

  private YamlTrees() {}

  static JsonNode read(String yaml) throws JsonProcessingException {
    return MAPPER.readTree(yaml);
  }
}
