package dev.jera.argo.expr;

/**
 * One token of a {@code when} expression.
 *
 * @param kind what the token is
 * @param position zero-based index of its first character in the expression
 * @param text the token as written, quotes included, for messages
 * @param value the {@link Double}, {@link Boolean} or {@link String} of a value token; null otherwise
 * @param operator the operator of an {@link Kind#OPERATOR} or {@link Kind#PREFIX} token; null otherwise
 */
record WhenToken(Kind kind, int position, String text, Object value, WhenOperator operator) {

  enum Kind {
    NUMBER,
    BOOLEAN,
    /** A quoted string. */
    STRING,
    /**
     * A bare word such as {@code heads}. govaluate calls it a variable; Argo turns every variable into a
     * string of its own name before evaluating, so it is text, like a quoted string.
     */
    WORD,
    /** A quoted string govaluate reads as a date: its value is the date's Unix time in seconds. */
    TIME,
    /** A binary operator, including {@code in} and the list separator {@code ,}. */
    OPERATOR,
    /** {@code -}, {@code !} or {@code ~} where a value is expected. */
    PREFIX,
    OPEN,
    CLOSE
  }

  boolean isValue() {
    return kind == Kind.NUMBER || kind == Kind.BOOLEAN || kind == Kind.STRING || kind == Kind.WORD
        || kind == Kind.TIME;
  }

  boolean isText() {
    return kind == Kind.STRING || kind == Kind.WORD;
  }
}
