package dev.jera.processor.emit;

import dev.jera.processor.emit.yaml.RecordProperties;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes the index's records as JSON laid out as Jackson's default pretty printer does, which wrote the
 * index before (so the files stay byte for byte the same, and Jackson reads them back): an object's
 * fields one per line ({@code "name" : value}) indented by two spaces a level, arrays on one line
 * ({@code [ "a", "b" ]}, objects in them opening on that line), {@code { }} and {@code [ ]} when empty.
 * Properties as {@link RecordProperties} lists them; line breaks are {@code \n} on every system.
 */
final class IndexJson {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final StringBuilder out = new StringBuilder(1024);
  private int level;

  private IndexJson() {}

  /** The JSON of {@code value}: a record, map, collection, string, number, boolean or {@code null}. */
  static String write(Object value) {
    IndexJson json = new IndexJson();
    json.value(value);
    return json.out.toString();
  }

  private void value(Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof String) {
      string((String) value);
    } else if (value instanceof Record) {
      out.append('{');
      int[] fields = {0};
      RecordProperties.forEach((Record) value, false, (name, field) -> field(fields[0]++, name, field));
      endObject(fields[0]);
    } else if (value instanceof Map) {
      out.append('{');
      int fields = 0;
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        field(fields++, String.valueOf(entry.getKey()), entry.getValue());
      }
      endObject(fields);
    } else if (value instanceof Collection) {
      out.append("[ ");
      for (Iterator<?> element = ((Collection<?>) value).iterator(); element.hasNext(); ) {
        value(element.next());
        if (element.hasNext()) {
          out.append(", ");
        }
      }
      out.append(((Collection<?>) value).isEmpty() ? "]" : " ]");
    } else {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
    }
  }

  private void field(int index, String name, Object value) {
    if (index == 0) {
      level++;
    } else {
      out.append(',');
    }
    newLine(level);
    string(name);
    out.append(" : ");
    value(value);
  }

  private void endObject(int fields) {
    if (fields == 0) {
      out.append(" }");
      return;
    }
    level--;
    newLine(level);
    out.append('}');
  }

  private void newLine(int indent) {
    out.append('\n');
    for (int i = 0; i < indent; i++) {
      out.append("  ");
    }
  }

  /** A JSON string with Jackson's escapes: quote, backslash and control characters only. */
  private void string(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
