package dev.jera.argo.expr;

import java.util.Objects;
import java.util.function.Function;

/**
 * A lifecycle hook's {@code expression} ({@code hooks.go}): an expr-lang condition Argo evaluates with
 * {@code argoexpr.EvalBool} over the variables in scope, dotted names read as members
 * ({@code workflow.status == "Running"}, {@code steps["step-1"].status == "Succeeded"}); the hook runs once it holds.
 */
public final class HookExpression {
  private final String text;
  private final ExprNode root;

  private HookExpression(String text, ExprNode root) {
    this.text = text;
    this.root = root;
  }

  /** @throws ExpressionException where it does not parse, with the column */
  public static HookExpression parse(String text) {
    Objects.requireNonNull(text, "text");
    return new HookExpression(text, ExprParser.parse(text));
  }

  /**
   * Whether it holds.
   *
   * @param variables the scope's variables by their dotted names; {@code null} for one it does not have
   * @throws ExpressionException when it fails to evaluate or gives no boolean, with Argo's message
   */
  public boolean holds(Function<String, String> variables) {
    Object result;
    try {
      result = new ExprEvaluator(DottedScope.of(variables)).evaluate(root);
    } catch (IllegalArgumentException | ClassCastException e) {
      throw ExpressionException.whole("unable to evaluate expression '" + text + "': " + e.getMessage(), text, e.getMessage());
    }
    if (!(result instanceof Boolean)) {
      String shown = result instanceof DottedScope ? "<nil>" : dev.jera.argo.go.GoValues.format(result);
      String reason = "unable to cast expression result '" + shown + "' to bool";
      throw ExpressionException.whole(reason, text, reason);
    }
    return (Boolean) result;
  }

  public String text() {
    return text;
  }
}
