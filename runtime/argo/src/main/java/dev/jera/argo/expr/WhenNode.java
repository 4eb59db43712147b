package dev.jera.argo.expr;

import dev.jera.argo.go.GoRegex;

/** The tree of a parsed {@code when} expression; {@link WhenEvaluator} gives it a value. */
sealed interface WhenNode {

  /** Zero-based index in the expression of the token this node stands for, for messages. */
  int position();

  /** A number ({@link Double}), boolean, or string (quoted, a bare word, or a date's Unix time). */
  record Literal(Object value, int position) implements WhenNode {}

  /** The string right after {@code =~} or {@code !~}, compiled when the expression is parsed, as govaluate does. */
  record Regex(GoRegex.Compiled regex, int position) implements WhenNode {}

  /** {@code -x}, {@code !x} or {@code ~x}. */
  record Prefix(WhenOperator operator, WhenNode operand, int position) implements WhenNode {}

  /** Two operands and the operator between them; {@code position} is the operator's. */
  record Binary(WhenOperator operator, WhenNode left, WhenNode right, int position) implements WhenNode {}
}
