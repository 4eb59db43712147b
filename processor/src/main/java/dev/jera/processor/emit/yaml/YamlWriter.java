package dev.jera.processor.emit.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes data as one block-style YAML document: {@link YamlMapping}s, maps, lists and Jackson trees become
 * mappings and sequences, a mapping's or a map's {@code null} values left out (a Jackson tree's and a
 * list's kept, as Jackson did), every string (keys too) is written in the style {@link YamlScalars} picks,
 * so YAML 1.1 and 1.2 readers alike read each back as the same string, and numbers, booleans and nulls
 * plainly. Order is the data's; no line is folded; the same data always gives the same text.
 *
 * <p>The layout is the one SnakeYAML's emitter produced with two-space indentation, which wrote Jera's
 * manifests before: a sequence in a mapping sits at its key's indentation, an item's mapping starts on the
 * item's line ({@code - name: x}), empty collections are {@code []} and {@code {}}, and a key that cannot be
 * a simple key (128 characters or more, empty, or spanning lines) is written as {@code ? key} then
 * {@code : value}. {@link #column}, {@link #whitespace} and {@link #indention} track the line as the
 * emitter did, which decides where a line breaks.
 */
public final class YamlWriter {
  /** The longest key written as {@code key: value}, as SnakeYAML's emitter allowed. */
  private static final int MAX_SIMPLE_KEY = 127;

  private final StringBuilder out = new StringBuilder(4096);
  /** Characters on the current line. */
  private int column;
  /** The last character written is a space or a line break. */
  private boolean whitespace = true;
  /** The current line holds only indentation and block indicators ({@code -}, {@code ?}, {@code :}) so far. */
  private boolean indention = true;

  private YamlWriter() {}

  /**
   * The YAML text of {@code root}: a {@link YamlMapping}, map, list, Jackson tree, string, number, boolean or
   * {@code null}.
   */
  public static String write(Object root) {
    YamlWriter writer = new YamlWriter();
    writer.node(root, -1, false);
    writer.indent(0);
    return writer.out.toString();
  }

  /**
   * Writes {@code value} at the indentation of its parent ({@code -1} at the root); {@code inMapping}: it
   * is a mapping's value (a sequence there is not indented further than its key).
   */
  private void node(Object value, int parentIndent, boolean inMapping) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      plainText(String.valueOf(value), parentIndent);
    } else if (value instanceof String) {
      scalar((String) value, parentIndent);
    } else if (value instanceof YamlMapping || value instanceof Map) {
      mapping(entries(value), parentIndent);
    } else if (value instanceof Collection) {
      sequence((Collection<?>) value, parentIndent, inMapping);
    } else if (value instanceof Enum) {
      scalar(((Enum<?>) value).name(), parentIndent);
    } else if (value instanceof JsonNode) {
      tree((JsonNode) value, parentIndent, inMapping);
    } else {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as YAML");
    }
  }

  private void tree(JsonNode node, int parentIndent, boolean inMapping) {
    if (node.isTextual()) {
      scalar(node.textValue(), parentIndent);
    } else if (node.isNumber() || node.isBoolean() || node.isNull()) {
      plainText(node.asText(), parentIndent);
    } else if (node.isObject()) {
      List<Entry> entries = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        entries.add(new Entry(field.getKey(), field.getValue()));
      }
      mapping(entries, parentIndent);
    } else if (node.isArray()) {
      List<JsonNode> elements = new ArrayList<>();
      node.elements().forEachRemaining(elements::add);
      sequence(elements, parentIndent, inMapping);
    } else {
      throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " as YAML");
    }
  }

  private record Entry(String key, Object value) {}

  private static List<Entry> entries(Object value) {
    List<Entry> entries = new ArrayList<>();
    if (value instanceof YamlMapping) {
      ((YamlMapping) value).forEachProperty((name, property) -> {
        if (property != null) {
          entries.add(new Entry(name, property));
        }
      });
    } else {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (entry.getValue() != null) { // left out, as a mapping's null property
          entries.add(new Entry(String.valueOf(entry.getKey()), entry.getValue()));
        }
      }
    }
    return entries;
  }

  private void mapping(List<Entry> entries, int parentIndent) {
    if (entries.isEmpty()) {
      indicator("{", true, true, false);
      indicator("}", false, false, false);
      return;
    }
    int indent = parentIndent < 0 ? 0 : parentIndent + 2;
    for (Entry entry : entries) {
      indent(indent);
      Scalar key = Scalar.of(entry.key);
      if (key.simpleKey()) {
        key.writeTo(this, indent);
        indicator(":", false, false, false);
      } else {
        indicator("?", true, false, true);
        key.writeTo(this, indent);
        indent(indent);
        indicator(":", true, false, true);
      }
      node(entry.value, indent, true);
    }
  }

  private void sequence(Collection<?> items, int parentIndent, boolean inMapping) {
    if (items.isEmpty()) {
      indicator("[", true, true, false);
      indicator("]", false, false, false);
      return;
    }
    // In a mapping, unless the line holds only indicators so far ("? " or "- "), items sit at the key's indentation.
    int indent = parentIndent < 0 ? 0 : inMapping && !indention ? parentIndent : parentIndent + 2;
    for (Iterator<?> item = items.iterator(); item.hasNext(); ) {
      indent(indent);
      indicator("-", true, false, true);
      node(item.next(), indent, false);
    }
  }

  private void scalar(String value, int parentIndent) {
    Scalar.of(value).writeTo(this, parentIndent);
  }

  /** A number, boolean or null: plain if YAML's grammar lets it be, as for a string. */
  private void plainText(String text, int parentIndent) {
    new Scalar(text, PlainGrammar.allows(text) ? YamlScalars.Style.PLAIN : YamlScalars.Style.SINGLE_QUOTED).writeTo(this, parentIndent);
  }

  /** A string and the style it is written in. */
  private record Scalar(String value, YamlScalars.Style style) {
    static Scalar of(String value) {
      return new Scalar(value, YamlScalars.style(value));
    }

    /**
     * Whether it can be a key on its own line ({@code key: value}): shorter than 128 characters, not empty
     * and on one line. Double-quoted text outside printable ASCII counts as written (Jera quoted it itself,
     * where the emitter saw a token of that length), other text as it is.
     */
    boolean simpleKey() {
      if (style == YamlScalars.Style.DOUBLE_QUOTED && !printableAscii(value)) {
        return DoubleQuoted.of(value).length() <= MAX_SIMPLE_KEY;
      }
      return value.length() <= MAX_SIMPLE_KEY && !value.isEmpty() && value.indexOf('\n') < 0;
    }

    void writeTo(YamlWriter writer, int parentIndent) {
      switch (style) {
        case PLAIN:
          writer.text(value);
          break;
        case SINGLE_QUOTED:
          writer.text("'" + value.replace("'", "''") + "'");
          break;
        case DOUBLE_QUOTED:
          writer.text(DoubleQuoted.of(value));
          break;
        case LITERAL:
          writer.literal(value, parentIndent < 0 ? 2 : parentIndent + 2);
          break;
        default:
          throw new AssertionError(style);
      }
    }
  }

  private static boolean printableAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 || c > 0x7e) && c != '\n') {
        return false;
      }
    }
    return true;
  }

  /**
   * A literal block: {@code |}, then {@code -} when the text does not end with a line break and {@code +}
   * when it ends with more than one, then each line indented (empty lines left empty).
   */
  private void literal(String text, int indent) {
    String chomping = !text.endsWith("\n") ? "-" : text.length() == 1 || text.charAt(text.length() - 2) == '\n' ? "+" : "";
    String indentation = text.charAt(0) == ' ' || text.charAt(0) == '\n' ? "2" : "";
    indicator("|" + indentation + chomping, true, false, false);
    lineBreak();
    String[] lines = text.split("\n", -1);
    int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
    for (int i = 0; i < count; i++) {
      if (!lines[i].isEmpty()) {
        indent(indent);
        out.append(lines[i]);
      }
      lineBreak();
    }
  }

  /** Text on the current line, after a space unless the line is at a space already. */
  private void text(String text) {
    if (!whitespace) {
      out.append(' ');
      column++;
    }
    out.append(text);
    column += text.length();
    whitespace = false;
    indention = false;
  }

  private void indicator(String indicator, boolean needWhitespace, boolean whitespaceAfter, boolean indentation) {
    if (needWhitespace && !whitespace) {
      out.append(' ');
      column++;
    }
    out.append(indicator);
    column += indicator.length();
    whitespace = whitespaceAfter;
    indention = indention && indentation;
  }

  /** Moves to column {@code indent}: on this line if only indicators stand before it, else on the next. */
  private void indent(int indent) {
    if (!indention || column > indent || column == indent && !whitespace) {
      lineBreak();
    }
    if (indent > column) {
      out.append(" ".repeat(indent - column));
      column = indent;
      whitespace = true;
    }
  }

  private void lineBreak() {
    out.append('\n');
    column = 0;
    whitespace = true;
    indention = true;
  }
}
