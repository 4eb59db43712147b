package dev.jera.argo.expr;

import java.util.List;

/** A node of a parsed expr-lang expression; {@code position} is where it starts in the text. */
sealed interface ExprNode {
  int position();

  /** A number, string, boolean or {@code nil}. */
  record Literal(Object value, int position) implements ExprNode {}

  /** A variable of the environment, such as {@code lastRetry}, or a name {@code let} bound. */
  record Name(String name, int position) implements ExprNode {}

  /** {@code object.field} or {@code object["field"]}; {@code optional} for {@code object?.field}. */
  record Member(ExprNode object, ExprNode key, boolean optional, int position) implements ExprNode {}

  /** {@code name(arguments)}; a sprig function is named {@code sprig.add}. */
  record Call(String function, List<ExprNode> arguments, int position) implements ExprNode {}

  /** {@code value.Method(arguments)}: a Go method of the value, such as a duration's {@code Seconds()}. */
  record MethodCall(ExprNode object, String method, List<ExprNode> arguments, int position) implements ExprNode {}

  /** {@code [a, b]}. */
  record Array(List<ExprNode> elements, int position) implements ExprNode {}

  /** {@code {key: value, …}}; a key written as a name or a string is a {@link Literal}. */
  record MapLiteral(List<ExprNode> keys, List<ExprNode> values, int position) implements ExprNode {}

  /** {@code { … }} as the predicate of {@code filter}, {@code map} and their kin. */
  record Closure(ExprNode body, int position) implements ExprNode {}

  /** {@code #}: the element a closure is applied to. */
  record Pointer(int position) implements ExprNode {}

  /** {@code let name = value; body}. */
  record Let(String name, ExprNode value, ExprNode body, int position) implements ExprNode {}

  /** {@code !x}, {@code not x}, {@code -x}, {@code +x}. */
  record Unary(String operator, ExprNode operand, int position) implements ExprNode {}

  /** {@code left operator right}; {@code negated} for {@code not in}, {@code not matches} and their kin. */
  record Binary(String operator, boolean negated, ExprNode left, ExprNode right, int position) implements ExprNode {}

  /** {@code condition ? then : otherwise}. */
  record Conditional(ExprNode condition, ExprNode then, ExprNode otherwise, int position) implements ExprNode {}
}
