package dev.jera.argo.expr;

/**
 * A token of an expr-lang expression.
 *
 * @param kind what it is
 * @param text the operator or name as written; for a string, its value after escapes
 * @param position where it starts, zero-based
 */
record ExprToken(Kind kind, String text, int position) {
  enum Kind { NUMBER, STRING, NAME, OPERATOR, END }

  boolean is(String operator) {
    return (kind == Kind.OPERATOR || kind == Kind.NAME) && text.equals(operator);
  }
}
