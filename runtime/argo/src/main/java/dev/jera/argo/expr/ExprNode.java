package dev.jera.argo.expr;

import java.util.List;

/** A node of a parsed expr-lang expression; {@code position} is where it starts in the text. */
sealed interface ExprNode {
  int position();

  /** A number, string, boolean or {@code nil}. */
  record Literal(Object value, int position) implements ExprNode {}

  /** A variable of the environment, such as {@code lastRetry}. */
  record Name(String name, int position) implements ExprNode {}

  /** {@code object.field} or {@code object["field"]}. */
  record Member(ExprNode object, ExprNode key, int position) implements ExprNode {}

  /** {@code name(arguments)}. */
  record Call(String function, List<ExprNode> arguments, int position) implements ExprNode {}

  /** {@code [a, b]}. */
  record Array(List<ExprNode> elements, int position) implements ExprNode {}

  /** {@code !x}, {@code not x}, {@code -x}, {@code +x}. */
  record Unary(String operator, ExprNode operand, int position) implements ExprNode {}

  /** {@code left operator right}; {@code negated} for {@code not in}, {@code not matches} and their kin. */
  record Binary(String operator, boolean negated, ExprNode left, ExprNode right, int position) implements ExprNode {}

  /** {@code condition ? then : otherwise}. */
  record Conditional(ExprNode condition, ExprNode then, ExprNode otherwise, int position) implements ExprNode {}
}
