package dev.jera.local.values;

import dev.jera.argo.TemplateText;
import dev.jera.argo.expr.DottedScope;
import dev.jera.argo.expr.Expression;
import dev.jera.argo.expr.ExpressionException;
import java.util.Optional;
import java.util.function.Function;

/**
 * An expression tag ({@code {{= … }}}) evaluated as Argo's {@code expressionReplaceCore} does: over the
 * variables of its place, read as nested maps ({@link DottedScope}); its value written as a string is, or
 * else as JSON. One that reads a variable the place does not have (outside {@code ??} and {@code ?.})
 * stays as written, for a later pass to resolve.
 */
final class ExpressionTag {
  private ExpressionTag() {}

  /**
   * Its text, or empty to leave it as written.
   *
   * @param strict when a missing variable is an error too ({@code processItem}'s substitution of a loop's item)
   */
  static Optional<String> evaluate(TemplateText.Tag tag, Function<String, String> variables, boolean strict) {
    Optional<String> missing = missing(tag, variables);
    if (missing.isPresent()) {
      if (strict) {
        throw new Variables.SubstitutionException("failed to evaluate expression: " + missing.get() + " is missing");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(Expression.parse(tag.name()).evaluateToText(DottedScope.of(variables)));
    } catch (ExpressionException e) {
      String reason = e.getMessage().startsWith("failed to") ? e.getMessage() : "failed to evaluate expression: " + e.getMessage();
      throw new Variables.SubstitutionException(reason);
    }
  }

  /** The first variable the tag reads, outside {@code ??} and {@code ?.}, that {@code variables} does not have. */
  static Optional<String> missing(TemplateText.Tag tag, Function<String, String> variables) {
    Expression expression;
    try {
      expression = Expression.parse(tag.name());
    } catch (ExpressionException e) {
      throw new Variables.SubstitutionException("failed to evaluate expression: " + e.getMessage());
    }
    for (Expression.Reference reference : expression.references()) {
      if (reference.kind() == Expression.ReferenceKind.VARIABLE && !reference.guarded()
          && variables.apply(reference.name()) == null && !prefixOfAVariable(reference.name())) {
        return Optional.of(reference.name());
      }
    }
    return Optional.empty();
  }

  /** Roots whose variables an expression may read as a whole map ({@code inputs.parameters}). */
  private static boolean prefixOfAVariable(String name) {
    return name.endsWith(".parameters") || name.endsWith(".outputs") || name.endsWith(".artifacts");
  }
}
