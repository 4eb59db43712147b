package dev.jera.samples.argo.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Argo's {@code {{…}}} tags, found the way util/template/template.go finds them (valyala/fasttemplate:
 * from a {@code {{} to the next {@code }}}).
 */
final class Tags {
  private Tags() {}

  /**
   * The text with each tag in one spelling: a simple tag's name trimmed (simple_template.go looks it
   * up with {@code strings.TrimSpace(tag)}), an expression tag ({@code {{=…}}}, kind.go) with its
   * expression's whitespace collapsed outside string literals (expr's lexer skips whitespace).
   */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int open = text.indexOf("{{", at);
      int close = open < 0 ? -1 : text.indexOf("}}", open + 2);
      if (close < 0) {
        out.append(text, at, text.length());
        return out.toString();
      }
      out.append(text, at, open).append(tag(text.substring(open + 2, close)));
      at = close + 2;
    }
  }

  /** Every tag of the text, each in its normal spelling, in order. */
  static List<String> in(String text) {
    List<String> tags = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = text.indexOf("{{", at);
      int close = open < 0 ? -1 : text.indexOf("}}", open + 2);
      if (close < 0) {
        return tags;
      }
      tags.add(tag(text.substring(open + 2, close)));
      at = close + 2;
    }
  }

  /** The name inside a normalised tag, without its braces (and without {@code =} for an expression). */
  static String inside(String tag) {
    String body = tag.substring(2, tag.length() - 2);
    return body.startsWith("=") ? body.substring(1) : body;
  }

  /** Whether the text is exactly one tag. */
  static boolean isOneTag(String text) {
    String normal = normalise(text);
    return normal.startsWith("{{") && normal.endsWith("}}") && in(normal).size() == 1
        && in(normal).get(0).length() == normal.length();
  }

  private static String tag(String body) {
    if (body.startsWith("=")) {
      return "{{=" + collapse(body.substring(1)) + "}}";
    }
    return "{{" + body.strip() + "}}";
  }

  /**
   * Runs of whitespace outside '…', "…" and `…` literals become one space, and the ends are trimmed:
   * expr (and govaluate before it) tokenise without regard to whitespace, while a literal keeps its own.
   */
  static String collapse(String expression) {
    StringBuilder out = new StringBuilder();
    char quote = 0;
    boolean space = false;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (quote != 0) {
        out.append(c);
        if (c == '\\' && quote != '`' && i + 1 < expression.length()) {
          out.append(expression.charAt(++i));
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** An expression field (when, expression, successCondition, …): tags normalised, whitespace collapsed. */
  static String expression(String text) {
    return collapse(normalise(text));
  }
}
