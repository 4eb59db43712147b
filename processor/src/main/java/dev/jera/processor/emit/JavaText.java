package dev.jera.processor.emit;

import com.squareup.javapoet.TypeName;
import java.util.List;

/**
 * Java source text, written line by line with two-space indentation, and the spellings generated code needs:
 * string literals, type names, comma lists that wrap at {@link #WIDTH} columns.
 *
 * <p>Runners are written with it rather than through JavaPoet's writer, which compiles a regular expression
 * for every fragment it emits ({@code String.split("\\R")}): on a project of 200 workflows that alone was a
 * tenth of javac's time. A runner's code is simple enough to write directly; types are written by their
 * canonical names, except the few of Jera's runner library a runner imports.
 */
final class JavaText {
  /** The widest a generated line should be. */
  static final int WIDTH = 100;

  /** A statement (or declaration) to write: one line, or a list that wraps. */
  interface Statement {
    void writeTo(JavaText text);
  }

  /** A statement of one line. */
  static Statement plain(String line) {
    return text -> text.line(line);
  }

  /** {@code prefix + items + suffix}, the items wrapped as {@link #wrapped} does. */
  static Statement list(String prefix, List<String> items, String suffix) {
    return text -> text.wrapped(prefix, items, suffix);
  }

  private final StringBuilder text = new StringBuilder(8192);
  private int indent;

  /** A line at the current indentation; an empty one stays empty. */
  JavaText line(String line) {
    if (!line.isEmpty()) {
      text.append("  ".repeat(indent)).append(line);
    }
    text.append('\n');
    return this;
  }

  /** A line that opens a block: {@code header + " {"}, then one level deeper. */
  JavaText open(String header) {
    line(header + " {");
    indent++;
    return this;
  }

  /** Closes the innermost block. */
  JavaText close() {
    indent--;
    return line("}");
  }

  /** The lines of {@code other}, as they are (it was indented as this text is when it was written). */
  JavaText append(JavaText other) {
    text.append(other.text);
    return this;
  }

  JavaText indent() {
    indent++;
    return this;
  }

  JavaText outdent() {
    indent--;
    return this;
  }

  /**
   * {@code prefix + items joined by ", " + suffix} as one line if it fits in {@link #WIDTH} columns, else the
   * prefix and as many items a line as fit, continuation lines indented twice more (a single item longer
   * than a line gets a line of its own).
   */
  JavaText wrapped(String prefix, List<String> items, String suffix) {
    String indentation = "  ".repeat(indent);
    String oneLine = prefix + String.join(", ", items) + suffix;
    if (indentation.length() + oneLine.length() <= WIDTH) {
      return line(oneLine);
    }
    String continuation = "  ".repeat(indent + 2);
    StringBuilder current = new StringBuilder(indentation).append(prefix);
    boolean fresh = false; // whether current is a continuation line with nothing on it yet
    boolean empty = true; // whether current holds no item yet
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i) + (i + 1 < items.size() ? "," : suffix);
      if (!fresh && current.length() + (empty ? 0 : 1) + item.length() > WIDTH) {
        text.append(current.toString().stripTrailing()).append('\n');
        current = new StringBuilder(continuation);
        fresh = true;
        empty = true;
      }
      if (!empty) {
        current.append(' ');
      }
      current.append(item);
      fresh = false;
      empty = false;
    }
    if (items.isEmpty()) {
      current.append(suffix);
    }
    text.append(current).append('\n');
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  /** {@code value} as a Java string literal, in double quotes. */
  static String literal(String value) {
    StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          literal.append("\\\"");
          break;
        case '\\':
          literal.append("\\\\");
          break;
        case '\n':
          literal.append("\\n");
          break;
        case '\r':
          literal.append("\\r");
          break;
        case '\t':
          literal.append("\\t");
          break;
        default:
          if (c < 0x20 || c >= 0x7f && c < 0xa0 || Character.isSurrogate(c) && !paired(value, i)) {
            literal.append(String.format("\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
      }
    }
    return literal.append('"').toString();
  }

  /** Whether the surrogate at {@code i} is half of a valid pair (which the source file's UTF-8 holds as it is). */
  private static boolean paired(String value, int i) {
    char c = value.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
  }

  /** A type by its canonical name ({@code java.util.List<com.acme.Rate>}); JavaPoet caches the text in the name. */
  static String type(TypeName type) {
    return type.toString();
  }
}
