package dev.jera.processor.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Reads JSON text the user wrote (literal items, a list default) as a Jackson tree. The mapper is made on
 * first use, so a compilation without such text loads none of Jackson's databind into javac.
 */
public final class JsonTrees {
  private static final class Mapper {
    static final ObjectMapper INSTANCE = new ObjectMapper();
  }

  private JsonTrees() {}

  /** The tree of {@code json}; {@code null} for empty text. */
  public static JsonNode read(String json) throws IOException {
    return Mapper.INSTANCE.readTree(json);
  }
}
