package dev.jera.argo.expr;

import java.util.AbstractMap;
import java.util.Set;
import java.util.function.Function;

/**
 * Argo's scope of dotted variables ({@code steps.flip-coin.outputs.result}) as the nested maps an expression
 * reads ({@code steps['flip-coin'].outputs.result}), as {@code expand.Expand} builds them; members are
 * looked up only when read. A name the scope does not have reads as nil, as a missing key of Argo's maps
 * does; so does a variable whose value is {@link #ABSENT}. A name that is a variable and also the prefix of
 * others ({@code workflow.parameters}) is a map when a member is read, as Expand keeps the more specific
 * keys, and its value otherwise.
 */
public final class DottedScope extends AbstractMap<String, Object> implements ExprEvaluator.LazyMap {
  /**
   * The value of an output parameter that a Skipped or Omitted step left without a default: Argo's absent
   * optional, nil in an expression, which no text may contain.
   */
  public static final String ABSENT = "\u0000absent optional\u0000";

  private final Function<String, String> variables;
  private final String prefix;

  private DottedScope(Function<String, String> variables, String prefix) {
    this.variables = variables;
    this.prefix = prefix;
  }

  /** @param variables the value of a dotted name, {@code null} for one the scope does not have */
  public static DottedScope of(Function<String, String> variables) {
    return new DottedScope(variables, "");
  }

  @Override
  public Object value() {
    if (prefix.isEmpty()) {
      return this;
    }
    String value = variables.apply(prefix);
    return ABSENT.equals(value) ? null : value;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String;
  }

  @Override
  public Object get(Object key) {
    return new DottedScope(variables, prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key);
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return Set.of();
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
