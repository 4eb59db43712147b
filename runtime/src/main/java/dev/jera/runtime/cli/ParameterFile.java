package dev.jera.runtime.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code -f FILE}: a YAML or JSON map of parameter names to values. Scalars are taken as written
 * ({@code 010} stays {@code 010}); a list or map value becomes its compact JSON.
 */
public final class ParameterFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ParameterFile() {}

  /**
   * The parameters of {@code file}, in the file's order.
   *
   * @throws UsageException naming the file and the problem
   */
  public static Map<String, String> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException("-f " + file + ": no such file");
    } catch (IOException e) {
      throw new UsageException("-f " + file + ": cannot read it: " + e.getMessage());
    }
    boolean json = file.toString().endsWith(".json") || text.stripLeading().startsWith("{");
    JsonFactory factory = json ? JSON.getFactory() : new YAMLFactory();
    Map<String, String> values = new LinkedHashMap<>();
    try (JsonParser parser = factory.createParser(text)) {
      parser.setCodec(JSON);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return values;
      }
      if (first != JsonToken.START_OBJECT) {
        throw new UsageException("-f " + file + ": expected a map of parameter names to values, got " + describe(first));
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL) {
          throw new UsageException("-f " + file + ": parameter '" + name + "' has no value");
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          JsonNode tree = parser.readValueAsTree();
          values.put(name, JSON.writeValueAsString(tree));
        } else {
          values.put(name, parser.getText());
        }
      }
    } catch (JsonProcessingException e) {
      throw new UsageException("-f " + file + ": not valid " + (json ? "JSON" : "YAML") + " at line "
          + e.getLocation().getLineNr() + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new UsageException("-f " + file + ": cannot read it: " + e.getMessage());
    }
    return values;
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case START_ARRAY:
        return "a list";
      case VALUE_STRING:
        return "a string";
      default:
        return "a single value";
    }
  }
}
