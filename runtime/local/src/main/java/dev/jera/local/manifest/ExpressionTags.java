package dev.jera.local.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.argo.TemplateText;
import dev.jera.argo.expr.Expression;
import dev.jera.argo.expr.ExpressionException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The expressions of a manifest, checked before a local run: every {@code {{= … }}} tag in a string of the
 * spec, and the expressions Argo evaluates as they are ({@code valueFrom.expression}, {@code fromExpression},
 * {@code labelsFrom}), must parse and call only functions the local executor evaluates, so that a run never
 * stops half-way on one it cannot.
 */
final class ExpressionTags {
  /** Fields whose whole value is an expression. */
  private static final Set<String> WHOLE = Set.of("expression", "fromExpression");

  private ExpressionTags() {}

  /** @return where and why, for the first expression the local executor cannot evaluate */
  static Optional<String[]> problem(JsonNode node, String path) {
    if (node.isTextual()) {
      return textProblem(node.asText(), path, false);
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String[]> problem = problem(node.get(i), path + "[" + i + "]");
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String at = path + "." + field.getKey();
      // retryStrategy.expression is checked where retries are read; hooks' expressions are refused there.
      boolean whole = WHOLE.contains(field.getKey()) && field.getValue().isTextual() && !path.endsWith("retryStrategy")
          && !path.contains(".hooks.");
      Optional<String[]> problem = whole ? textProblem(field.getValue().asText(), at, true) : problem(field.getValue(), at);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String[]> textProblem(String text, String path, boolean whole) {
    if (whole) {
      return expressionProblem(text, path);
    }
    if (!text.contains("{{")) {
      return Optional.empty();
    }
    TemplateText template;
    try {
      template = TemplateText.parse(text);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // substitution reports it where the string is used
    }
    for (TemplateText.Tag tag : template.tags()) {
      if (tag.expression()) {
        Optional<String[]> problem = expressionProblem(tag.name(), path).map(p -> new String[] {p[0], tag.written() + ": " + p[1]});
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String[]> expressionProblem(String text, String path) {
    Expression expression;
    try {
      expression = Expression.parse(text);
    } catch (ExpressionException e) {
      return Optional.of(new String[] {path, "the expression does not parse at column " + e.column() + ": " + e.reason()});
    }
    for (Expression.Reference reference : expression.references()) {
      String name = reference.name();
      switch (reference.kind()) {
        case FUNCTION:
          if (!Expression.functionEvaluated(name)) {
            return Optional.of(new String[] {path, Expression.functionExists(name)
                ? "calls " + name + ", which the local executor does not evaluate (Argo does; it evaluates "
                    + String.join(", ", Expression.EVALUATED_FUNCTIONS) + ")"
                : "calls " + name + ", which is not a function of Argo's expressions"});
          }
          break;
        case METHOD:
          if (!Expression.methodEvaluated(name)) {
            return Optional.of(new String[] {path, "calls the method " + name + "(), which the local executor does not evaluate"});
          }
          break;
        default:
          break;
      }
    }
    return Optional.empty();
  }
}
