package dev.jera.argo.expr;

import dev.jera.argo.expr.ExprToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the tree of an expr-lang expression with expr's precedence ({@code parser/operator}): {@code ||}
 * ({@code or}) below {@code &&} ({@code and}) below comparisons, {@code in}, {@code matches},
 * {@code contains}, {@code startsWith} and {@code endsWith}, below {@code + -}, below {@code * / %}, below
 * {@code ** ^}; a unary {@code !}/{@code not} takes what binds tighter than {@code &&}, {@code -} only a
 * value; {@code ? :} is lowest. Closures, maps, pipes, ranges, {@code ??} and {@code ?.} are refused: Jera
 * does not evaluate them.
 */
final class ExprParser {
  private static final Map<String, Integer> BINARY = Map.ofEntries(
      Map.entry("||", 10), Map.entry("or", 10), Map.entry("&&", 15), Map.entry("and", 15),
      Map.entry("==", 20), Map.entry("!=", 20), Map.entry("<", 20), Map.entry(">", 20), Map.entry("<=", 20),
      Map.entry(">=", 20), Map.entry("in", 20), Map.entry("matches", 20), Map.entry("contains", 20),
      Map.entry("startsWith", 20), Map.entry("endsWith", 20), Map.entry("+", 30), Map.entry("-", 30),
      Map.entry("*", 60), Map.entry("/", 60), Map.entry("%", 60), Map.entry("**", 100), Map.entry("^", 100));
  private static final Map<String, Integer> UNARY = Map.of("!", 50, "not", 50, "-", 90, "+", 90);
  /** Word operators {@code not} may negate. */
  private static final Set<String> NEGATABLE = Set.of("in", "matches", "contains", "startsWith", "endsWith");
  private static final Set<String> UNSUPPORTED = Set.of("??", "?.", "..", "{", "|", "#");

  private final String text;
  private final List<ExprToken> tokens;
  private int next;

  private ExprParser(String text, List<ExprToken> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  static ExprNode parse(String text) {
    List<ExprToken> tokens = ExprLexer.tokenize(text);
    ExprParser parser = new ExprParser(text, tokens);
    if (parser.peek().kind() == Kind.END) {
      throw RetryExpression.invalid(text, 0, "the expression is empty");
    }
    ExprNode root = parser.expression(0);
    if (parser.peek().kind() != Kind.END) {
      throw parser.unexpected(parser.peek());
    }
    return root;
  }

  private ExprNode expression(int precedence) {
    ExprNode left = primary();
    while (true) {
      ExprToken token = peek();
      boolean negated = false;
      String operator = token.text();
      if (token.is("not") && NEGATABLE.contains(tokens.get(next + 1).text())) {
        negated = true;
        operator = tokens.get(next + 1).text();
      } else if (token.kind() != Kind.OPERATOR && !(token.kind() == Kind.NAME && BINARY.containsKey(operator))) {
        break;
      }
      Integer level = BINARY.get(operator);
      if (level == null || level < precedence) {
        break;
      }
      next += negated ? 2 : 1;
      boolean rightAssociative = operator.equals("**") || operator.equals("^");
      ExprNode right = expression(rightAssociative ? level : level + 1);
      left = new ExprNode.Binary(operator, negated, left, right, token.position());
    }
    if (precedence == 0 && peek().is("?")) {
      ExprToken question = take();
      ExprNode then = expression(0);
      expect(":");
      ExprNode otherwise = expression(0);
      left = new ExprNode.Conditional(left, then, otherwise, question.position());
    }
    return left;
  }

  private ExprNode primary() {
    ExprToken token = take();
    Integer unary = UNARY.get(token.text());
    if (unary != null && (token.kind() == Kind.OPERATOR || token.is("not"))) {
      return postfix(new ExprNode.Unary(token.text(), expression(unary), token.position()));
    }
    switch (token.kind()) {
      case NUMBER:
        return postfix(new ExprNode.Literal(number(token), token.position()));
      case STRING:
        return postfix(new ExprNode.Literal(token.text(), token.position()));
      case NAME:
        return postfix(name(token));
      default:
        break;
    }
    if (token.is("(")) {
      ExprNode inner = expression(0);
      expect(")");
      return postfix(inner);
    }
    if (token.is("[")) {
      List<ExprNode> elements = new ArrayList<>();
      if (!peek().is("]")) {
        do {
          elements.add(expression(0));
        } while (accept(","));
      }
      expect("]");
      return postfix(new ExprNode.Array(List.copyOf(elements), token.position()));
    }
    throw unexpected(token);
  }

  private ExprNode name(ExprToken token) {
    switch (token.text()) {
      case "true":
        return new ExprNode.Literal(true, token.position());
      case "false":
        return new ExprNode.Literal(false, token.position());
      case "nil":
        return new ExprNode.Literal(null, token.position());
      default:
        break;
    }
    if (BINARY.containsKey(token.text())) {
      throw unexpected(token);
    }
    if (accept("(")) {
      List<ExprNode> arguments = new ArrayList<>();
      if (!peek().is(")")) {
        do {
          arguments.add(expression(0));
        } while (accept(","));
      }
      expect(")");
      return new ExprNode.Call(token.text(), List.copyOf(arguments), token.position());
    }
    return new ExprNode.Name(token.text(), token.position());
  }

  private ExprNode postfix(ExprNode node) {
    while (true) {
      ExprToken token = peek();
      if (token.is(".")) {
        next++;
        ExprToken field = take();
        if (field.kind() != Kind.NAME) {
          throw RetryExpression.invalid(text, field.position(), "expected a name after '.'");
        }
        if (peek().is("(")) {
          throw RetryExpression.invalid(text, field.position(), "Jera does not evaluate method calls; call a function instead");
        }
        node = new ExprNode.Member(node, new ExprNode.Literal(field.text(), field.position()), token.position());
      } else if (token.is("[")) {
        next++;
        ExprNode key = expression(0);
        expect("]");
        node = new ExprNode.Member(node, key, token.position());
      } else {
        return node;
      }
    }
  }

  private Object number(ExprToken token) {
    String digits = token.text().replace("_", "");
    try {
      if (digits.startsWith("0x") || digits.startsWith("0X")) {
        return Long.parseLong(digits.substring(2), 16);
      }
      if (digits.contains(".") || digits.contains("e") || digits.contains("E")) {
        return Double.parseDouble(digits);
      }
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw RetryExpression.invalid(text, token.position(), "invalid number " + token.text());
    }
  }

  private ExprToken peek() {
    return tokens.get(next);
  }

  private ExprToken take() {
    ExprToken token = tokens.get(next);
    if (token.kind() != Kind.END) {
      next++;
    }
    return token;
  }

  private boolean accept(String operator) {
    if (peek().is(operator)) {
      next++;
      return true;
    }
    return false;
  }

  private void expect(String operator) {
    if (!accept(operator)) {
      ExprToken token = peek();
      throw RetryExpression.invalid(text, token.position(), token.kind() == Kind.END
          ? "unexpected end of the expression; '" + operator + "' is missing"
          : "expected '" + operator + "' but found '" + token.text() + "'");
    }
  }

  private ExpressionException unexpected(ExprToken token) {
    if (token.kind() == Kind.END) {
      return RetryExpression.invalid(text, token.position(), "unexpected end of the expression");
    }
    if (UNSUPPORTED.contains(token.text())) {
      return RetryExpression.invalid(text, token.position(), "Jera does not evaluate '" + token.text() + "' in expressions");
    }
    if (token.is("=")) {
      return RetryExpression.invalid(text, token.position(), "'=' is not an operator; compare with '=='");
    }
    return RetryExpression.invalid(text, token.position(), "unexpected token '" + token.text() + "'");
  }
}
