package dev.jera.argo.expr;

import dev.jera.argo.go.GoValues;
import java.util.AbstractMap;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A graph's computed output, {@code valueFrom.expression} or {@code fromExpression}: an expr-lang expression
 * over the graph's scope ({@code getTemplateOutputsFromScope}), whose variables Argo names with dots
 * ({@code steps.flip-coin.outputs.result}) and the expression reads as members
 * ({@code steps['flip-coin'].outputs.result}). Jera evaluates the part of expr-lang {@link ExprParser} reads.
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
   * @param variables the scope's variables by their dotted names; {@code null} for one it does not have
   * @throws ExpressionException when it reads what the scope does not have, or fails to evaluate
   */
  public String evaluate(Function<String, String> variables) {
    Object value;
    try {
      value = new ExprEvaluator(new Scope(variables, "")).evaluate(root);
    } catch (IllegalArgumentException | ClassCastException e) {
      throw ExpressionException.whole("failed to evaluate expression \"" + text + "\": " + e.getMessage(), text, e.getMessage());
    }
    if (value == null || value instanceof Scope) {
      throw ExpressionException.whole("failed to evaluate expression \"" + text + "\"", text, "it gives nothing");
    }
    return value instanceof String string ? string : GoValues.format(value);
  }

  public String text() {
    return text;
  }

  /** The variables under a dotted prefix, as nested maps that are looked up only when read. */
  static final class Scope extends AbstractMap<String, Object> {
    private final Function<String, String> variables;
    private final String prefix;

    Scope(Function<String, String> variables, String prefix) {
      this.variables = variables;
      this.prefix = prefix;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String;
    }

    @Override
    public Object get(Object key) {
      String name = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
      String value = variables.apply(name);
      return value != null ? value : new Scope(variables, name);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return Set.of();
    }
  }
}
