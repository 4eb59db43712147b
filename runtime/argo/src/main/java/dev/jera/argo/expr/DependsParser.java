package dev.jera.argo.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses a {@code depends} expression: task operands ({@code name} or {@code name.Result}), {@code !},
 * {@code &&}, {@code ||} and parentheses, with {@code !} binding tightest and {@code &&} tighter than
 * {@code ||}.
 *
 * <p>Argo finds operands with a regular expression ({@code common/ancestry.go}), then replaces every
 * {@code -} by {@code _} and evaluates the rest with expr-lang. What that pipeline cannot evaluate is refused
 * here with a message: an unknown result, a task name that starts with a digit (Argo's validation forbids
 * it once a DAG uses {@code depends}) and a task name that is a reserved word of expr-lang.
 */
final class DependsParser {

  /** Words expr-lang reads as literals or operators, so a task of that name breaks the expression. */
  private static final Set<String> RESERVED =
      Set.of("true", "false", "nil", "not", "and", "or", "in", "matches", "contains", "startsWith", "endsWith",
          "let");

  private final String text;
  private int at;

  private DependsParser(String text) {
    this.text = text;
  }

  /** Parses {@code text}; throws {@link ExpressionException} at the first problem. */
  static DependsNode parse(String text) {
    DependsParser parser = new DependsParser(text);
    parser.skipSpaces();
    if (parser.at >= text.length()) {
      throw parser.invalid(0, "the expression is empty");
    }
    DependsNode root = parser.any();
    parser.skipSpaces();
    if (parser.at < text.length()) {
      throw parser.unexpected();
    }
    return root;
  }

  /** Checks a task name as it may appear in {@code depends}; returns the problem, or empty when it is fine. */
  static Optional<String> nameProblem(String name) {
    if (!name.matches("[a-zA-Z0-9][-a-zA-Z0-9]*")) {
      return Optional.of("'" + name + "' is not a task name: use letters, digits and '-', starting with a letter"
          + " or digit");
    }
    if (Character.isDigit(name.charAt(0))) {
      return Optional.of("task name '" + name + "' begins with a digit, which Argo forbids in a DAG that uses"
          + " depends");
    }
    if (RESERVED.contains(name)) {
      return Optional.of("task name '" + name + "' is a reserved word of Argo's depends evaluator (expr-lang);"
          + " rename the task");
    }
    return Optional.empty();
  }

  private DependsNode any() {
    List<DependsNode> operands = new ArrayList<>();
    operands.add(all());
    while (consume("||")) {
      operands.add(all());
    }
    return DependsNode.any(operands);
  }

  private DependsNode all() {
    List<DependsNode> operands = new ArrayList<>();
    operands.add(not());
    while (consume("&&")) {
      operands.add(not());
    }
    return DependsNode.all(operands);
  }

  private DependsNode not() {
    if (consume("!")) {
      return new DependsNode.Not(not());
    }
    return primary();
  }

  private DependsNode primary() {
    skipSpaces();
    if (at >= text.length()) {
      String trimmed = text.stripTrailing();
      String last = trimmed.endsWith("&&") || trimmed.endsWith("||") ? trimmed.substring(trimmed.length() - 2)
          : trimmed.substring(trimmed.length() - 1);
      throw invalid(trimmed.length() - last.length(), "the expression ends after '" + last
          + "', which needs a task after it");
    }
    char c = text.charAt(at);
    if (c == '(') {
      int open = at++;
      DependsNode inside = any();
      skipSpaces();
      if (at >= text.length()) {
        throw invalid(open, "unbalanced parenthesis: '(' is never closed");
      }
      if (text.charAt(at) != ')') {
        throw unexpected();
      }
      at++;
      return inside;
    }
    if (isNameStart(c)) {
      return operand();
    }
    if (c == ')') {
      throw invalid(at, "expected a task before ')'");
    }
    if (text.startsWith("&&", at) || text.startsWith("||", at)) {
      throw invalid(at, "'" + text.substring(at, at + 2) + "' needs a task before it");
    }
    throw unexpected();
  }

  private DependsNode operand() {
    int start = at;
    while (at < text.length() && (isNameStart(text.charAt(at)) || text.charAt(at) == '-')) {
      at++;
    }
    String task = text.substring(start, at);
    nameProblem(task).ifPresent(problem -> {
      throw invalid(start, problem);
    });
    Optional<TaskResult> result = Optional.empty();
    if (at < text.length() && text.charAt(at) == '.') {
      int resultStart = ++at;
      while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
          || text.charAt(at) == '-')) {
        at++;
      }
      String name = text.substring(resultStart, at);
      if (name.isEmpty()) {
        throw invalid(resultStart - 1, "'.' after '" + task + "' needs a task result, one of "
            + TaskResult.allArgoNames());
      }
      result = Optional.of(TaskResult.fromArgoName(name).orElseThrow(() -> invalid(resultStart,
          "task result '" + name + "' for task '" + task + "' is invalid; use one of " + TaskResult.allArgoNames())));
    }
    return new DependsNode.Operand(new TaskReference(task, result));
  }

  /** Skips spaces, then consumes {@code operator} if it comes next. */
  private boolean consume(String operator) {
    skipSpaces();
    if (!text.startsWith(operator, at)) {
      return false;
    }
    at += operator.length();
    return true;
  }

  private void skipSpaces() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Something other than an operator, ')' or the end after a complete operand. */
  private ExpressionException unexpected() {
    char c = text.charAt(at);
    if (c == '&' || c == '|') {
      return invalid(at, "'" + c + "' is not an operator; use '" + c + c + "'");
    }
    if (c == ')') {
      return invalid(at, "unbalanced parenthesis: ')' has no matching '('");
    }
    if (c == '.') {
      return invalid(at, "'.' must come right after a task name, as in fetch.Succeeded");
    }
    if (isNameStart(c) || c == '!' || c == '(') {
      return invalid(at, "expected '&&' or '||' before '" + c + "'");
    }
    return invalid(at, "'" + c + "' has no meaning in depends, which holds task names, '.', '&&', '||', '!'"
        + " and parentheses");
  }

  private ExpressionException invalid(int position, String reason) {
    return DependsExpression.invalid(text, position, reason);
  }
}
