package dev.jera.argo.expr;

import dev.jera.argo.expr.ExprToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expr-lang expression ({@code github.com/expr-lang/expr}, what Argo evaluates a retry's
 * {@code expression} and {@code {{= … }}} tags with) into tokens: numbers, strings in double, single or back
 * quotes, names and operators.
 */
final class ExprLexer {
  /** Longest first, so that {@code <=} is not read as {@code <}. */
  private static final List<String> OPERATORS = List.of(
      "**", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "..",
      "!", "<", ">", "+", "-", "*", "/", "%", "^", "?", ":", ".", ",", "(", ")", "[", "]", "{", "}", "|", "#", ";", "=");

  private final String text;
  private int at;

  private ExprLexer(String text) {
    this.text = text;
  }

  static List<ExprToken> tokenize(String text) {
    return new ExprLexer(text).all();
  }

  private List<ExprToken> all() {
    List<ExprToken> tokens = new ArrayList<>();
    while (true) {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      if (at >= text.length()) {
        tokens.add(new ExprToken(Kind.END, "", at));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private ExprToken next() {
    int start = at;
    char c = text.charAt(at);
    if (Character.isDigit(c) || c == '.' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1))) {
      return number(start);
    }
    if (c == '"' || c == '\'' || c == '`') {
      return string(start, c);
    }
    if (Character.isLetter(c) || c == '_' || c == '$') {
      while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
          || text.charAt(at) == '$')) {
        at++;
      }
      return new ExprToken(Kind.NAME, text.substring(start, at), start);
    }
    for (String operator : OPERATORS) {
      if (text.startsWith(operator, at)) {
        at += operator.length();
        return new ExprToken(Kind.OPERATOR, operator, start);
      }
    }
    throw RetryExpression.invalid(text, start, "unrecognized character: '" + c + "'");
  }

  private ExprToken number(int start) {
    if (text.startsWith("0x", at) || text.startsWith("0X", at)) {
      at += 2;
      while (at < text.length() && (Character.digit(text.charAt(at), 16) >= 0 || text.charAt(at) == '_')) {
        at++;
      }
      return new ExprToken(Kind.NUMBER, text.substring(start, at), start);
    }
    digits();
    // "1..3" is a range, not the number "1." followed by ".3".
    if (at < text.length() && text.charAt(at) == '.' && !text.startsWith("..", at)) {
      at++;
      digits();
    }
    if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
      at++;
      if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
        at++;
      }
      digits();
    }
    return new ExprToken(Kind.NUMBER, text.substring(start, at), start);
  }

  private void digits() {
    while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '_')) {
      at++;
    }
  }

  private ExprToken string(int start, char quote) {
    StringBuilder value = new StringBuilder();
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == quote) {
        return new ExprToken(Kind.STRING, value.toString(), start);
      }
      if (c == '\\' && quote != '`' && at < text.length()) {
        char escaped = text.charAt(at++);
        switch (escaped) {
          case 'n' -> value.append('\n');
          case 't' -> value.append('\t');
          case 'r' -> value.append('\r');
          case '\\', '\'', '"' -> value.append(escaped);
          default -> throw RetryExpression.invalid(text, at - 2, "invalid char escape '\\" + escaped + "'");
        }
      } else {
        value.append(c);
      }
    }
    throw RetryExpression.invalid(text, start, "literal not terminated");
  }
}
