package dev.jera.processor.emit;

import dev.jera.runner.index.WorkflowIndex;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writes the index's records as JSON laid out as Jackson's default pretty printer does, which wrote the
 * index before (so the files stay byte for byte the same, and Jackson reads them back): an object's
 * fields one per line ({@code "name" : value}) indented by two spaces a level, arrays on one line
 * ({@code [ "a", "b" ]}, objects in them opening on that line), {@code { }} and {@code [ ]} when empty.
 * A record's properties are those {@link #forEachProperty} lists; line breaks are {@code \n} on every system.
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
      forEachProperty((Record) value, (name, field) -> field(fields[0]++, name, field));
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

  /**
   * Calls {@code each} with the properties of an index record as Jackson writes them, which reads them back:
   * in the record's {@code @JsonPropertyOrder}, a {@code null} left out where it is {@code @JsonInclude(NON_NULL)}.
   * Listed here rather than read by reflection, as the manifests' records list theirs ({@code YamlMapping});
   * IndexJsonTest holds the two together.
   */
  private static void forEachProperty(Record record, BiConsumer<String, Object> each) {
    if (record instanceof WorkflowIndex index) {
      each.accept("version", index.version());
      each.accept("options", index.options());
      each.accept("workflows", index.workflows());
    } else if (record instanceof WorkflowIndex.Workflow workflow) {
      BiConsumer<String, Object> present = nonNull(each);
      present.accept("name", workflow.name());
      present.accept("kind", workflow.kind());
      present.accept("style", workflow.style());
      present.accept("className", workflow.className());
      present.accept("runner", workflow.runner());
      present.accept("manifest", workflow.manifest());
      present.accept("entrypoint", workflow.entrypoint());
      present.accept("onExit", workflow.onExit());
      present.accept("parameters", workflow.parameters());
      present.accept("steps", workflow.steps());
      present.accept("templates", workflow.templates());
    } else if (record instanceof WorkflowIndex.Parameter parameter) {
      BiConsumer<String, Object> present = nonNull(each);
      present.accept("name", parameter.name());
      present.accept("defaultValue", parameter.defaultValue());
      present.accept("allowed", parameter.allowed());
      present.accept("description", parameter.description());
    } else if (record instanceof WorkflowIndex.Step step) {
      each.accept("name", step.name());
      each.accept("method", step.method());
      each.accept("returns", step.returns());
      each.accept("fansOut", step.fansOut());
      each.accept("inputs", step.inputs());
    } else if (record instanceof WorkflowIndex.Input input) {
      each.accept("name", input.name());
      each.accept("type", input.type());
      each.accept("source", input.source());
    } else {
      throw new IllegalArgumentException("cannot write a " + record.getClass().getName() + " as JSON");
    }
  }

  private static BiConsumer<String, Object> nonNull(BiConsumer<String, Object> each) {
    return (name, value) -> {
      if (value != null) {
        each.accept(name, value);
      }
    };
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
