package dev.jera.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.jera.local.manifest.StrictYaml;
import dev.jera.local.values.ParameterValues;
import dev.jera.runner.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code -f FILE}: one YAML or JSON map of parameter names to values. Scalars are taken as
 * written ({@code 010} stays {@code 010}); a list or map value becomes its compact JSON. Refused, with
 * the file and line: a file larger than a workflow's parameters may be on Argo (checked before it is
 * read), text that is not UTF-8, YAML aliases, tags other than {@code !!str}, a name or key given
 * twice, and anything after the map (a second YAML document, more JSON).
 */
public final class ParameterFile {
  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();

  private ParameterFile() {}

  public static Map<String, String> read(Path file) {
    String text = text(file);
    boolean json = file.toString().endsWith(".json") || text.stripLeading().startsWith("{");
    Map<String, String> values = new LinkedHashMap<>();
    try (JsonParser parser = (json ? JSON : YAML).createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return values;
      }
      StrictYaml.checkValue(parser);
      if (first != JsonToken.START_OBJECT) {
        throw new UsageException("-f " + file + ": expected a map of parameter names to values, got " + describe(first));
      }
      Map<String, Integer> lines = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        int line = StrictYaml.line(parser);
        if (lines.containsKey(name)) {
          throw at(file, line, "parameter '" + name + "' is given twice (first at line " + lines.get(name) + ")");
        }
        lines.put(name, line);
        JsonToken token = parser.nextToken();
        StrictYaml.checkValue(parser);
        if (token == JsonToken.VALUE_NULL) {
          throw at(file, line, "parameter '" + name + "' has no value");
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          StringWriter compact = new StringWriter();
          try (var out = Json.generator(compact)) {
            StrictYaml.copy(parser, out);
          }
          values.put(name, compact.toString());
        } else {
          values.put(name, parser.getText());
        }
      }
      if (parser.nextToken() != null) {
        throw at(file, StrictYaml.line(parser), json
            ? "more JSON after the map; a parameters file holds one map of names to values"
            : "a second YAML document; a parameters file holds one map of names to values");
      }
    } catch (StrictYaml.Problem e) {
      throw at(file, e.line(), e.getMessage());
    } catch (JsonProcessingException e) {
      throw at(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "not valid " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new UsageException("-f " + file + ": cannot read it: " + e.getMessage());
    }
    return values;
  }

  /**
   * The file's text, refused early (from its size, before it is read) when it is larger than all of a
   * workflow's parameters may be on Argo, and when it is not UTF-8.
   */
  private static String text(Path file) {
    long limit = ParameterValues.MAX_TOTAL_BYTES;
    byte[] bytes;
    try {
      if (Files.isRegularFile(file) && Files.size(file) > limit) {
        throw tooLarge(file, Files.size(file));
      }
      try (InputStream in = Files.newInputStream(file)) {
        // A pipe has no size: read one byte past the limit, no more.
        bytes = in.readNBytes(Math.toIntExact(limit + 1));
      }
    } catch (NoSuchFileException e) {
      throw new UsageException("-f " + file + ": no such file");
    } catch (IOException e) {
      throw new UsageException("-f " + file + ": cannot read it: " + e.getMessage());
    }
    if (bytes.length > limit) {
      throw tooLarge(file, bytes.length);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UsageException("-f " + file + ": not UTF-8 text");
    }
  }

  private static UsageException tooLarge(Path file, long size) {
    return new UsageException("-f " + file + ": " + ParameterValues.describeSize(size) + " is more than a workflow's"
        + " parameters may hold (" + ParameterValues.describeSize(ParameterValues.MAX_TOTAL_BYTES) + ": Argo's"
        + " controller refuses a larger workflow); pass large data as a file, a java.nio.file.Path parameter");
  }

  private static UsageException at(Path file, int line, String message) {
    return new UsageException("-f " + file + (line > 0 ? ": line " + line : "") + ": " + message);
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
