package dev.jera.argo.go;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text exactly as Go's {@code encoding/json} writes it, which is what Argo substitutes for loop
 * items and aggregated results: compact, {@code <}, {@code >} and {@code &} escaped as
 * {@code \u003c} and so on, raw values (numbers as written) copied rather than re-encoded.
 */
public final class GoJson {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final JsonFactory STRINGS = new JsonFactory();

  private GoJson() {}

  /** Whether {@code text} is one JSON value, as Go's {@code json.Valid} decides. */
  public static boolean isValid(String text) {
    return GoJsonSyntax.error(text) == null;
  }

  /** A string as {@code json.Marshal} writes it. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            unicodeEscape(out, c);
          } else if (Character.isSurrogate(c)) {
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
              out.append(c).append(s.charAt(++i));
            } else {
              out.append("\\ufffd");
            }
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Valid JSON made compact as Go's {@code json.Compact} with HTML escaping does it when it marshals a
   * raw value: whitespace outside strings dropped, {@code < > &} and U+2028/U+2029 in strings escaped,
   * everything else (numbers, other escapes) kept as written.
   */
  public static String compact(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          out.append(c).append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
          out.append(c);
        } else if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
          unicodeEscape(out, c);
        } else {
          out.append(c);
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Undoes the HTML escaping of {@code < > &}, as Argo's {@code jsonutil.Fix} does. */
  public static String fixHtml(String s) {
    return s.replace("\\u0026", "&").replace("\\u003c", "<").replace("\\u003e", ">");
  }

  /** The raw text of each element of a valid JSON array; {@code null} gives no elements, as in Go. */
  public static List<String> elements(String array) {
    List<String> elements = new ArrayList<>();
    Scanner scanner = new Scanner(array);
    scanner.skipSpace();
    if (scanner.peek() == 'n') {
      return elements;
    }
    scanner.expect('[');
    scanner.skipSpace();
    if (scanner.peek() == ']') {
      return elements;
    }
    while (true) {
      scanner.skipSpace();
      elements.add(scanner.value());
      scanner.skipSpace();
      if (scanner.next() == ']') {
        return elements;
      }
    }
  }

  /** The members of a valid JSON object: each key decoded, each value raw; a repeated key keeps its last value. */
  public static Map<String, String> members(String object) {
    Map<String, String> members = new LinkedHashMap<>();
    Scanner scanner = new Scanner(object);
    scanner.skipSpace();
    scanner.expect('{');
    scanner.skipSpace();
    if (scanner.peek() == '}') {
      return members;
    }
    while (true) {
      scanner.skipSpace();
      String key = decodeString(scanner.value());
      scanner.skipSpace();
      scanner.expect(':');
      scanner.skipSpace();
      members.put(key, scanner.value());
      scanner.skipSpace();
      if (scanner.next() == '}') {
        return members;
      }
    }
  }

  /** An object as Go marshals a {@code map[string]Item}: keys sorted by their UTF-8 bytes, raw values compacted. */
  public static String sortedObject(Map<String, String> members) {
    List<String> keys = new ArrayList<>(members.keySet());
    keys.sort(GoJson::compareUtf8);
    StringBuilder out = new StringBuilder("{");
    for (String key : keys) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(quote(key)).append(':').append(compact(members.get(key)));
    }
    return out.append('}').toString();
  }

  /**
   * The result of a loop: the JSON list of its items' results, in order. A result that is JSON goes in
   * as that JSON, compacted as Go's marshalling of a raw value compacts it; any other text goes in as a
   * JSON string.
   */
  public static String aggregate(List<String> results) {
    StringBuilder out = new StringBuilder("[");
    for (String result : results) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(isValid(result) ? compact(result.strip()) : quote(result));
    }
    return out.append(']').toString();
  }

  /** Orders strings as Go's {@code sort.Strings} does: by their UTF-8 bytes. */
  public static int compareUtf8(String a, String b) {
    return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** A float64 as Go's {@code encoding/json} writes it: shortest digits, exponent form outside [1e-6, 1e21). */
  public static String formatFloat(double value) {
    if (value == 0) {
      return "0";
    }
    GoFloat.Digits digits = GoFloat.shortest(value);
    String sign = value < 0 ? "-" : "";
    double abs = Math.abs(value);
    if (abs >= 1e-6 && abs < 1e21) {
      return sign + digits.plain();
    }
    int exponent = digits.exponent();
    int magnitude = Math.abs(exponent);
    // Go writes at least two exponent digits, then encoding/json trims "e-07" to "e-7".
    String written = exponent < 0 || magnitude >= 10 ? Integer.toString(magnitude) : "0" + magnitude;
    return sign + digits.mantissa() + "e" + (exponent < 0 ? '-' : '+') + written;
  }

  private static void unicodeEscape(StringBuilder out, char c) {
    out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
  }

  /** The string a JSON string literal holds. */
  public static String decodeString(String raw) {
    try (JsonParser parser = STRINGS.createParser(raw)) {
      if (parser.nextToken() != JsonToken.VALUE_STRING) {
        throw new IllegalArgumentException("not a JSON string: " + raw);
      }
      String value = parser.getText();
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("more than a JSON string: " + raw);
      }
      return value;
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON string: " + raw, e);
    }
  }

  /** Walks valid JSON text, handing out the raw text of values. */
  private static final class Scanner {
    private final String text;
    private int at;

    Scanner(String text) {
      this.text = text;
    }

    char peek() {
      return text.charAt(at);
    }

    char next() {
      return text.charAt(at++);
    }

    void expect(char c) {
      if (next() != c) {
        throw new IllegalArgumentException("expected '" + c + "' at " + (at - 1) + " in " + text);
      }
    }

    void skipSpace() {
      while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    String value() {
      int start = at;
      char first = peek();
      if (first == '"') {
        skipString();
      } else if (first == '{' || first == '[') {
        int depth = 0;
        do {
          char c = peek();
          if (c == '"') {
            skipString();
            continue;
          }
          if (c == '{' || c == '[') {
            depth++;
          } else if (c == '}' || c == ']') {
            depth--;
          }
          at++;
        } while (depth > 0);
      } else {
        while (at < text.length() && ",]} \t\r\n".indexOf(text.charAt(at)) < 0) {
          at++;
        }
      }
      return text.substring(start, at);
    }

    private void skipString() {
      at++;
      while (true) {
        char c = next();
        if (c == '\\') {
          at++;
        } else if (c == '"') {
          return;
        }
      }
    }
  }
}
