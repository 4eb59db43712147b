package dev.jera.argo.expr;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operators of govaluate, with the precedence its stage planner gives them.
 *
 * <p>Binary operators bind from {@link Level#SEPARATOR} (loosest) to {@link Level#EXPONENT} (tightest), and
 * each level is left-associative, as govaluate's planner ends up after it reorders same-level chains. So
 * {@code a || b && c} is {@code a || (b && c)}, {@code 1 + 2 == 3} compares 3 with 3, and {@code a & b ==
 * c} is {@code (a & b) == c} (unlike C). Prefix operators apply to the single value right after them:
 * {@code -2 ** 2} is 4.
 */
enum WhenOperator {
  SEPARATE(",", Level.SEPARATOR),
  TERNARY_IF("?", Level.TERNARY),
  TERNARY_ELSE(":", Level.TERNARY),
  COALESCE("??", Level.TERNARY),
  OR("||", Level.OR),
  AND("&&", Level.AND),
  EQUAL("==", Level.COMPARATOR),
  NOT_EQUAL("!=", Level.COMPARATOR),
  GREATER(">", Level.COMPARATOR),
  GREATER_OR_EQUAL(">=", Level.COMPARATOR),
  LESS("<", Level.COMPARATOR),
  LESS_OR_EQUAL("<=", Level.COMPARATOR),
  MATCHES("=~", Level.COMPARATOR),
  NOT_MATCHES("!~", Level.COMPARATOR),
  IN("in", Level.COMPARATOR),
  BITWISE_AND("&", Level.BITWISE),
  BITWISE_OR("|", Level.BITWISE),
  BITWISE_XOR("^", Level.BITWISE),
  SHIFT_LEFT("<<", Level.SHIFT),
  SHIFT_RIGHT(">>", Level.SHIFT),
  PLUS("+", Level.ADDITIVE),
  MINUS("-", Level.ADDITIVE),
  MULTIPLY("*", Level.MULTIPLICATIVE),
  DIVIDE("/", Level.MULTIPLICATIVE),
  MODULUS("%", Level.MULTIPLICATIVE),
  EXPONENT("**", Level.EXPONENT),
  NEGATE("-", Level.PREFIX),
  INVERT("!", Level.PREFIX),
  BITWISE_NOT("~", Level.PREFIX);

  /** Precedence levels, loosest first. */
  enum Level {
    SEPARATOR,
    TERNARY,
    OR,
    AND,
    COMPARATOR,
    BITWISE,
    SHIFT,
    ADDITIVE,
    MULTIPLICATIVE,
    EXPONENT,
    PREFIX
  }

  private static final Map<String, WhenOperator> BINARY =
      Arrays.stream(values())
          .filter(op -> op.level != Level.PREFIX && op != IN && op != SEPARATE)
          .collect(Collectors.toUnmodifiableMap(op -> op.symbol, Function.identity()));
  private static final Map<String, WhenOperator> PREFIX =
      Arrays.stream(values())
          .filter(op -> op.level == Level.PREFIX)
          .collect(Collectors.toUnmodifiableMap(op -> op.symbol, Function.identity()));

  private final String symbol;
  private final Level level;

  WhenOperator(String symbol, Level level) {
    this.symbol = symbol;
    this.level = level;
  }

  /** The operator as written. */
  String symbol() {
    return symbol;
  }

  Level level() {
    return level;
  }

  /** The binary operator spelled by a run of symbol characters; {@code in} and {@code ,} are lexed apart. */
  static Optional<WhenOperator> binary(String symbol) {
    return Optional.ofNullable(BINARY.get(symbol));
  }

  /** The prefix operator spelled by a run of symbol characters. */
  static Optional<WhenOperator> prefix(String symbol) {
    return Optional.ofNullable(PREFIX.get(symbol));
  }

  /** Operators that compute on numbers ({@code +} too, though it also joins strings). */
  boolean isModifier() {
    return level == Level.BITWISE || level == Level.SHIFT || level == Level.ADDITIVE
        || level == Level.MULTIPLICATIVE || level == Level.EXPONENT;
  }
}
