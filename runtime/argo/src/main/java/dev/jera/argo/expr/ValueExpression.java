package dev.jera.argo.expr;

import dev.jera.argo.go.GoValues;
import java.util.Objects;
import java.util.function.Function;

/**
 * A graph's computed output, {@code valueFrom.expression} or {@code fromExpression}: an expr-lang expression
 * over the graph's scope ({@code getTemplateOutputsFromScope}), whose variables Argo names with dots
 * ({@code steps.flip-coin.outputs.result}) and the expression reads as members
 * ({@code steps['flip-coin'].outputs.result}); a Skipped step's output without a default is nil
 * ({@link DottedScope#ABSENT}), which {@code ??} replaces. Jera evaluates the part of expr-lang
 * {@link Expression} documents.
 */
public final class ValueExpression {
  private final String text;
  private final ExprNode root;

  private ValueExpression(String text, ExprNode root) {
    this.text = text;
    this.root = root;
  }

  /** @throws ExpressionException where it does not parse, with the column */
  public static ValueExpression parse(String text) {
    Objects.requireNonNull(text, "text");
    return new ValueExpression(text, ExprParser.parse(text));
  }

  /**
   * The value, as Argo turns it into a parameter's text (Go's {@code %v}).
   *
   * @param variables the scope's variables by their dotted names; {@code null} for one it does not have,
   *     {@link DottedScope#ABSENT} for an absent optional
   * @throws ExpressionException when it reads what the scope does not have, or fails to evaluate
   */
  public String evaluate(Function<String, String> variables) {
    Object value;
    try {
      value = ExprEvaluator.nullable(new ExprEvaluator(DottedScope.of(variables)).evaluate(root));
    } catch (IllegalArgumentException | ClassCastException e) {
      throw ExpressionException.whole("failed to evaluate expression \"" + text + "\": " + e.getMessage(), text, e.getMessage());
    }
    if (value == null) {
      throw ExpressionException.whole("failed to evaluate expression \"" + text + "\"", text, "it gives nothing");
    }
    return value instanceof String string ? string : GoValues.format(value);
  }

  public String text() {
    return text;
  }

}
