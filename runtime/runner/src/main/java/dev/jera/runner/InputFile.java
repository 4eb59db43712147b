package dev.jera.runner;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.jera.runner.json.Json;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads what Argo substitutes for {@code {{inputs.parameters}}}: a JSON list of
 * {@code {"name": …, "value": …}} objects (other fields, such as {@code default}, are ignored).
 */
public final class InputFile {
  private InputFile() {}

  /** The parameters by name; throws {@link BadInputException} on malformed text. */
  public static Map<String, String> parse(String text, String where) {
    Map<String, String> parameters = new LinkedHashMap<>();
    Set<String> named = new HashSet<>();
    try (JsonParser parser = Json.parser(text)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw malformed(where, "expected a JSON list of {\"name\", \"value\"} objects");
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        String name = null;
        String value = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken token = parser.nextToken();
          if (field.equals("name") && token == JsonToken.VALUE_STRING) {
            name = parser.getText();
          } else if (field.equals("value") && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            value = parser.getText();
          } else {
            parser.skipChildren();
          }
        }
        if (name == null) {
          throw malformed(where, "an entry has no \"name\"");
        }
        if (!named.add(name)) {
          throw malformed(where, "input '" + name + "' is given twice");
        }
        if (value != null) {
          parameters.put(name, value);
        }
      }
      if (parser.currentToken() != JsonToken.END_ARRAY || parser.nextToken() != null) {
        throw malformed(where, "expected a JSON list of {\"name\", \"value\"} objects");
      }
    } catch (JsonProcessingException e) {
      throw malformed(where, e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadInputException("cannot read " + where + ": " + e.getMessage());
    }
    return parameters;
  }

  private static BadInputException malformed(String where, String why) {
    return new BadInputException("malformed inputs in " + where + ": " + why.replace('\n', ' '));
  }
}
