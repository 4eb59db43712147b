package dev.jera.argo.expr;

import dev.jera.argo.go.GoRegex;
import dev.jera.argo.go.GoValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Gives a {@code when} tree its value with govaluate's semantics ({@code evaluationStage.go},
 * {@code EvaluableExpression.go}).
 *
 * <ul>
 *   <li>{@code ==} and {@code !=} compare any two values: of different types they are never equal, so
 *       {@code "5" == 5} is false.
 *   <li>{@code <}, {@code <=}, {@code >}, {@code >=} compare two numbers, or two strings by their characters;
 *       a number against a string is an error.
 *   <li>{@code &&}, {@code ||}, {@code !} and the condition of {@code ?} need booleans. {@code &&} and
 *       {@code ||} stop early, so {@code false && 'x'} is false without error, as in govaluate.
 *   <li>{@code +} adds numbers, and joins as soon as one side is a string (the other printed as Go does);
 *       every other arithmetic and bitwise operator needs numbers.
 *   <li>{@code =~} and {@code !~} search (not match whole) a string with a Go regular expression.
 *   <li>{@code x in (a, b)} needs a comma list on its right; a single value in parentheses is not a list to
 *       govaluate, so {@code x in (a)} is an error.
 *   <li>{@code c ? a : b} is {@code (c ? a) : b}: {@code ?} gives nil when the condition is false, and {@code :}
 *       and {@code ??} give their left side unless it is nil.
 * </ul>
 */
final class WhenEvaluator {

  private final String text;

  private WhenEvaluator(String text) {
    this.text = text;
  }

  /**
   * The value of {@code root}: a {@link Double}, {@link Boolean}, {@link String}, {@link List} or null.
   *
   * @param text the expression, for messages
   * @throws ExpressionException when an operator gets values it cannot work with
   */
  static Object evaluate(WhenNode root, String text) {
    return new WhenEvaluator(text).value(root);
  }

  private Object value(WhenNode node) {
    if (node instanceof WhenNode.Literal) {
      return ((WhenNode.Literal) node).value();
    }
    if (node instanceof WhenNode.Regex) {
      return ((WhenNode.Regex) node).regex();
    }
    if (node instanceof WhenNode.Prefix) {
      WhenNode.Prefix prefix = (WhenNode.Prefix) node;
      return prefix(prefix.operator(), value(prefix.operand()), prefix.position());
    }
    WhenNode.Binary binary = (WhenNode.Binary) node;
    WhenOperator operator = binary.operator();
    Object left = value(binary.left());
    // govaluate's short cuts: these operators may decide from their left side alone, before any type check.
    boolean skipRight = false;
    switch (operator) {
      case AND:
        if (Boolean.FALSE.equals(left)) {
          return false;
        }
        break;
      case OR:
        if (Boolean.TRUE.equals(left)) {
          return true;
        }
        break;
      case COALESCE:
        if (left != null) {
          return left;
        }
        break;
      case TERNARY_IF:
        skipRight = Boolean.FALSE.equals(left);
        break;
      case TERNARY_ELSE:
        skipRight = left != null;
        break;
      default:
        break;
    }
    Object right = skipRight ? null : value(binary.right());
    return binary(operator, left, right, binary.position());
  }

  private Object prefix(WhenOperator operator, Object operand, int position) {
    switch (operator) {
      case NEGATE:
        return -number(operand, position, "'-' applies to a number, but got ");
      case INVERT:
        if (!(operand instanceof Boolean)) {
          throw failure(position, "'!' applies to true or false, but got " + GoValues.describe(operand));
        }
        return !(Boolean) operand;
      case BITWISE_NOT:
        return (double) ~GoValues.toInt64(number(operand, position, "'~' applies to a number, but got "));
      default:
        throw new AssertionError(operator);
    }
  }

  private Object binary(WhenOperator operator, Object left, Object right, int position) {
    String symbol = "'" + operator.symbol() + "'";
    switch (operator) {
      case EQUAL:
        return GoValues.deepEqual(left, right);
      case NOT_EQUAL:
        return !GoValues.deepEqual(left, right);
      case GREATER:
      case GREATER_OR_EQUAL:
      case LESS:
      case LESS_OR_EQUAL:
        return compare(operator, left, right, position);
      case MATCHES:
      case NOT_MATCHES:
        return matches(symbol, left, right, position) == (operator == WhenOperator.MATCHES);
      case AND:
      case OR:
        boolean a = bool(left, position, symbol + " needs true or false on both sides, but its left side is ");
        boolean b = bool(right, position, symbol + " needs true or false on both sides, but its right side is ");
        return operator == WhenOperator.AND ? a && b : a || b;
      case IN:
        return in(left, right, position);
      case TERNARY_IF:
        return bool(left, position, "'?' needs true or false before it, but got ") ? right : null;
      case TERNARY_ELSE:
      case COALESCE:
        return left != null ? left : right;
      case SEPARATE:
        return separate(left, right);
      case PLUS:
        if (left instanceof Double && right instanceof Double) {
          return (Double) left + (Double) right;
        }
        if (left instanceof String || right instanceof String) {
          return GoValues.format(left) + GoValues.format(right);
        }
        throw failure(position, "'+' adds two numbers or joins strings, but got " + GoValues.describe(left)
            + " and " + GoValues.describe(right));
      default:
        return arithmetic(operator, left, right, position);
    }
  }

  private Object arithmetic(WhenOperator operator, Object left, Object right, int position) {
    String need = "'" + operator.symbol() + "' needs numbers on both sides, but its ";
    double x = number(left, position, need + "left side is ");
    double y = number(right, position, need + "right side is ");
    switch (operator) {
      case MINUS:
        return x - y;
      case MULTIPLY:
        return x * y;
      case DIVIDE:
        return x / y;
      case MODULUS:
        return x % y; // Java's % on doubles is Go's math.Mod: the sign of x, NaN for y == 0
      case EXPONENT:
        return pow(x, y);
      case BITWISE_AND:
        return (double) (GoValues.toInt64(x) & GoValues.toInt64(y));
      case BITWISE_OR:
        return (double) (GoValues.toInt64(x) | GoValues.toInt64(y));
      case BITWISE_XOR:
        return (double) (GoValues.toInt64(x) ^ GoValues.toInt64(y));
      case SHIFT_LEFT:
      case SHIFT_RIGHT:
        long bits = GoValues.toUint64(x);
        long count = GoValues.toUint64(y);
        // Go shifts a uint64 by 64 or more to zero; Java would shift by count % 64.
        if (Long.compareUnsigned(count, 64) >= 0) {
          return 0.0;
        }
        return GoValues.fromUint64(operator == WhenOperator.SHIFT_LEFT ? bits << count : bits >>> count);
      default:
        throw new AssertionError(operator);
    }
  }

  /** Go's math.Pow, which differs from Java's Math.pow for a base of 1, and of -1 with an infinite power. */
  private static double pow(double x, double y) {
    if (x == 1 || (x == -1 && Double.isInfinite(y))) {
      return 1;
    }
    return Math.pow(x, y);
  }

  private boolean compare(WhenOperator operator, Object left, Object right, int position) {
    int order;
    if (left instanceof Double && right instanceof Double) {
      double x = (Double) left;
      double y = (Double) right;
      // NaN is neither smaller, larger nor equal, so every comparison with it is false, as in Go.
      switch (operator) {
        case GREATER:
          return x > y;
        case GREATER_OR_EQUAL:
          return x >= y;
        case LESS:
          return x < y;
        default:
          return x <= y;
      }
    } else if (left instanceof String && right instanceof String) {
      order = GoValues.compareStrings((String) left, (String) right);
    } else {
      throw failure(position, "'" + operator.symbol() + "' compares two numbers or two strings, but got "
          + GoValues.describe(left) + " and " + GoValues.describe(right));
    }
    switch (operator) {
      case GREATER:
        return order > 0;
      case GREATER_OR_EQUAL:
        return order >= 0;
      case LESS:
        return order < 0;
      default:
        return order <= 0;
    }
  }

  private boolean matches(String symbol, Object left, Object right, int position) {
    if (!(left instanceof String)) {
      throw failure(position, symbol + " needs a string on its left, but got " + GoValues.describe(left));
    }
    GoRegex.Compiled regex;
    if (right instanceof GoRegex.Compiled) {
      regex = (GoRegex.Compiled) right;
    } else if (right instanceof String) {
      // A pattern built while evaluating, such as ('^' + 'a'), is compiled here, as govaluate does.
      try {
        regex = GoRegex.compile((String) right);
      } catch (IllegalArgumentException e) {
        throw failure(position, "'" + right + "' is not a valid regular expression: " + e.getMessage());
      }
    } else {
      throw failure(position, symbol + " needs a regular expression string on its right, but got "
          + GoValues.describe(right));
    }
    return regex.matchesIn((String) left);
  }

  private boolean in(Object left, Object right, int position) {
    if (!(right instanceof List)) {
      throw failure(position, "'in' needs a list of two or more values on its right, as in x in (a, b), but got "
          + GoValues.describe(right));
    }
    for (Object candidate : (List<?>) right) {
      // govaluate compares with Go's ==: same type and value. Comparing two lists makes Go panic.
      if (left instanceof List && candidate instanceof List) {
        throw failure(position, "'in' cannot compare the list " + GoValues.format(left) + " with the list "
            + GoValues.format(candidate));
      }
      if (!(left instanceof List) && GoValues.deepEqual(left, candidate)) {
        return true;
      }
    }
    return false;
  }

  /** govaluate's comma: a list on the left grows by the right value; anything else starts a list of two. */
  private static List<Object> separate(Object left, Object right) {
    List<Object> list;
    if (left instanceof List) {
      list = new ArrayList<>((List<?>) left);
      list.add(right);
    } else {
      list = Arrays.asList(left, right);
    }
    return Collections.unmodifiableList(list);
  }

  private double number(Object value, int position, String need) {
    if (!(value instanceof Double)) {
      throw failure(position, need + GoValues.describe(value));
    }
    return (Double) value;
  }

  private boolean bool(Object value, int position, String need) {
    if (!(value instanceof Boolean)) {
      throw failure(position, need + GoValues.describe(value));
    }
    return (Boolean) value;
  }

  private ExpressionException failure(int position, String reason) {
    return ExpressionException.at("Failed to evaluate 'when' expression '" + text + "'", text, position, reason);
  }
}
