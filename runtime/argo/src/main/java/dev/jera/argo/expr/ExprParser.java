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
 * {@code ** ^}, below {@code ??}; a unary {@code !}/{@code not} takes what binds tighter than {@code &&},
 * {@code -} only a value; {@code ? :} is lowest, {@code let x = …;} lower still. The second argument of
 * {@code filter}, {@code map} and their kin is a closure over {@code #} (braces optional, as in expr);
 * elsewhere {@code {…}} is a map. {@code sprig.name(…)} is a call of Argo's sprig function, {@code
 * value.Name(…)} a Go method of the value. Pipes and ranges are refused: Jera does not evaluate them.
 */
final class ExprParser {
  private static final Map<String, Integer> BINARY = Map.ofEntries(
      Map.entry("||", 10), Map.entry("or", 10), Map.entry("&&", 15), Map.entry("and", 15),
      Map.entry("==", 20), Map.entry("!=", 20), Map.entry("<", 20), Map.entry(">", 20), Map.entry("<=", 20),
      Map.entry(">=", 20), Map.entry("in", 20), Map.entry("matches", 20), Map.entry("contains", 20),
      Map.entry("startsWith", 20), Map.entry("endsWith", 20), Map.entry("+", 30), Map.entry("-", 30),
      Map.entry("*", 60), Map.entry("/", 60), Map.entry("%", 60), Map.entry("**", 100), Map.entry("^", 100),
      Map.entry("??", 500));
  private static final Map<String, Integer> UNARY = Map.of("!", 50, "not", 50, "-", 90, "+", 90);
  /** Word operators {@code not} may negate. */
  private static final Set<String> NEGATABLE = Set.of("in", "matches", "contains", "startsWith", "endsWith");
  private static final Set<String> UNSUPPORTED = Set.of("..", "|");
  /** expr's builtins whose second argument is a closure ({@code builtin/builtin.go}). */
  static final Set<String> PREDICATES = Set.of("filter", "map", "all", "any", "none", "one", "count");
  /** expr's other builtins that take a closure, which parse but Jera does not evaluate. */
  private static final Set<String> CLOSURE_TAKERS = Set.of("find", "findIndex", "findLast", "findLastIndex", "groupBy",
      "sortBy", "reduce", "sum");

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
    if (precedence == 0 && peek().is("let") && tokens.get(next + 1).kind() == Kind.NAME) {
      ExprToken let = take();
      String name = take().text();
      expect("=");
      ExprNode value = expression(0);
      expect(";");
      return new ExprNode.Let(name, value, expression(0), let.position());
    }
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
    if (token.is("{")) {
      return postfix(map(token));
    }
    if (token.is("#")) {
      return postfix(new ExprNode.Pointer(token.position()));
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
      return new ExprNode.Call(token.text(), arguments(PREDICATES.contains(token.text()) || CLOSURE_TAKERS.contains(token.text())), token.position());
    }
    return new ExprNode.Name(token.text(), token.position());
  }

  /** The arguments after {@code (}, through {@code )}; the second a closure for a predicate builtin. */
  private List<ExprNode> arguments(boolean predicate) {
    List<ExprNode> arguments = new ArrayList<>();
    if (!peek().is(")")) {
      do {
        arguments.add(predicate && arguments.size() == 1 ? closure() : expression(0));
      } while (accept(","));
    }
    expect(")");
    return List.copyOf(arguments);
  }

  private ExprNode closure() {
    ExprToken start = peek();
    if (accept("{")) {
      ExprNode body = expression(0);
      expect("}");
      return new ExprNode.Closure(body, start.position());
    }
    return new ExprNode.Closure(expression(0), start.position());
  }

  /** {@code {key: value, …}} after its {@code {}: keys are names, strings, numbers or parenthesised expressions. */
  private ExprNode map(ExprToken open) {
    List<ExprNode> keys = new ArrayList<>();
    List<ExprNode> values = new ArrayList<>();
    while (!peek().is("}")) {
      if (!keys.isEmpty()) {
        expect(",");
        if (peek().is("}")) {
          break;
        }
      }
      ExprToken key = take();
      if (key.kind() == Kind.NAME || key.kind() == Kind.STRING) {
        keys.add(new ExprNode.Literal(key.text(), key.position()));
      } else if (key.kind() == Kind.NUMBER) {
        keys.add(new ExprNode.Literal(number(key), key.position()));
      } else if (key.is("(")) {
        keys.add(expression(0));
        expect(")");
      } else {
        throw RetryExpression.invalid(text, key.position(), key.kind() == Kind.END
            ? "unexpected end of the expression; '}' is missing"
            : "a map key is a name, a string, a number or an expression in parentheses, not '" + key.text() + "'");
      }
      expect(":");
      values.add(expression(0));
    }
    expect("}");
    return new ExprNode.MapLiteral(List.copyOf(keys), List.copyOf(values), open.position());
  }

  private ExprNode postfix(ExprNode node) {
    while (true) {
      ExprToken token = peek();
      if (token.is(".") || token.is("?.")) {
        next++;
        boolean optional = token.is("?.");
        if (optional && peek().is("[")) {
          next++;
          ExprNode key = expression(0);
          expect("]");
          node = new ExprNode.Member(node, key, true, token.position());
          continue;
        }
        ExprToken field = take();
        if (field.kind() != Kind.NAME) {
          throw RetryExpression.invalid(text, field.position(), "expected a name after '" + token.text() + "'");
        }
        if (accept("(")) {
          node = node instanceof ExprNode.Name name && name.name().equals("sprig") && !optional
              ? new ExprNode.Call("sprig." + field.text(), arguments(false), name.position())
              : new ExprNode.MethodCall(node, field.text(), arguments(false), field.position());
          continue;
        }
        node = new ExprNode.Member(node, new ExprNode.Literal(field.text(), field.position()), optional, token.position());
      } else if (token.is("[")) {
        next++;
        ExprNode key = expression(0);
        expect("]");
        node = new ExprNode.Member(node, key, false, token.position());
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
