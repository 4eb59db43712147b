package dev.jera.argo.expr;

/**
 * A {@code when} or {@code depends} expression that cannot be parsed or evaluated.
 *
 * <p>The message reads like Argo's own, for example {@code Invalid 'when' expression 'x = y': '=' is not an
 * operator; compare with '==' (column 3)}, so a user who has seen Argo's error recognises it. The parts are
 * also available one by one, for a compiler that wants to point at the offending column itself.
 */
public final class ExpressionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String expression;
  private final int position;
  private final String reason;

  private ExpressionException(String message, String expression, int position, String reason) {
    super(message);
    this.expression = expression;
    this.position = position;
    this.reason = reason;
  }

  /**
   * A problem found at {@code position} of {@code expression}; the message is {@code "<summary>: <reason>
   * (column N)"}.
   */
  static ExpressionException at(String summary, String expression, int position, String reason) {
    return new ExpressionException(
        summary + ": " + reason + " (column " + (position + 1) + ")", expression, position, reason);
  }

  /** A problem with the expression as a whole; {@code message} is used as it is. */
  static ExpressionException whole(String message, String expression, String reason) {
    return new ExpressionException(message, expression, -1, reason);
  }

  /** The expression text, exactly as it was given. */
  public String expression() {
    return expression;
  }

  /**
   * Where the problem starts, as a zero-based index into {@link #expression()}, or -1 when it concerns the
   * expression as a whole (such as a result that is not a boolean).
   */
  public int position() {
    return position;
  }

  /** Where the problem starts, as a one-based column, or 0 when it concerns the expression as a whole. */
  public int column() {
    return position + 1;
  }

  /** The problem in plain words, without the expression or the column. */
  public String reason() {
    return reason;
  }
}
