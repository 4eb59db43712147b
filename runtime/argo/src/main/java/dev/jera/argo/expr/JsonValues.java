package dev.jera.argo.expr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.jera.argo.go.GoJson;
import dev.jera.argo.go.GoJsonSyntax;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expression values to and from JSON as Go's {@code encoding/json} does with {@code interface{}}: a number
 * read is a {@code float64} ({@link Double}), an object a map, an array a list; written, map keys are
 * sorted, floats take their shortest form, {@code < > &} in strings are escaped, a time is its RFC 3339
 * text and a duration its nanoseconds.
 */
final class JsonValues {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final DateTimeFormatter RFC3339_NANO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX");

  private JsonValues() {}

  /** The value of a JSON text, as {@code json.Unmarshal} into {@code interface{}}. */
  static Object parse(String text) {
    String problem = GoJsonSyntax.error(text);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    try (JsonParser parser = FACTORY.createParser(text)) {
      parser.nextToken();
      return read(parser);
    } catch (IOException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getMessage());
    }
  }

  private static Object read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() != JsonToken.END_OBJECT) {
          String key = parser.currentName();
          parser.nextToken();
          map.put(key, read(parser));
        }
        return Collections.unmodifiableMap(map);
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(parser));
        }
        return Collections.unmodifiableList(list);
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return Double.parseDouble(parser.getText());
      }
      case VALUE_TRUE -> {
        return true;
      }
      case VALUE_FALSE -> {
        return false;
      }
      default -> {
        return null;
      }
    }
  }

  /** {@code json.Marshal(value)}; with {@code indent}, {@code json.MarshalIndent(value, "", "  ")}. */
  static String write(Object value, boolean indent) {
    StringBuilder out = new StringBuilder();
    write(value, indent, "", out);
    return out.toString();
  }

  private static void write(Object value, boolean indent, String margin, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      out.append(GoJson.quote(text));
    } else if (value instanceof Double number) {
      if (number.isNaN() || number.isInfinite()) {
        throw new IllegalArgumentException("json: unsupported value: " + dev.jera.argo.go.GoValues.format(number));
      }
      out.append(GoJson.formatFloat(number));
    } else if (value instanceof Long || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Instant time) {
      out.append('"').append(rfc3339(time)).append('"');
    } else if (value instanceof Duration duration) {
      out.append(duration.toNanos());
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      String inner = margin + "  ";
      for (int i = 0; i < list.size(); i++) {
        out.append(i > 0 ? "," : "");
        if (indent) {
          out.append('\n').append(inner);
        }
        write(list.get(i), indent, inner, out);
      }
      out.append(indent ? "\n" + margin : "").append(']');
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      List<String> keys = new ArrayList<>();
      map.keySet().forEach(key -> keys.add(String.valueOf(key)));
      keys.sort(GoJson::compareUtf8);
      out.append('{');
      String inner = margin + "  ";
      for (int i = 0; i < keys.size(); i++) {
        out.append(i > 0 ? "," : "");
        if (indent) {
          out.append('\n').append(inner);
        }
        out.append(GoJson.quote(keys.get(i))).append(indent ? ": " : ":");
        write(map.get(keys.get(i)), indent, inner, out);
      }
      out.append(indent ? "\n" + margin : "").append('}');
    } else {
      throw new IllegalArgumentException("json: unsupported type: " + ExprEvaluator.type(value));
    }
  }

  /** A time as Go's {@code time.RFC3339Nano}: trailing zeros of the fraction dropped, {@code Z} for UTC. */
  static String rfc3339(Instant time) {
    String text = RFC3339_NANO.format(time.atOffset(ZoneOffset.UTC));
    int dot = text.indexOf('.');
    int zone = text.indexOf('Z', dot);
    String fraction = text.substring(dot + 1, zone).replaceAll("0+$", "");
    return text.substring(0, dot) + (fraction.isEmpty() ? "" : "." + fraction) + "Z";
  }
}
