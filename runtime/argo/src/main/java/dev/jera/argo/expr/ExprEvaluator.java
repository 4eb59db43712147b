package dev.jera.argo.expr;

import dev.jera.argo.go.GoRegex;
import dev.jera.argo.go.GoValues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a parsed expr-lang expression as expr's virtual machine does ({@code vm/runtime}): integers are
 * {@link Long}, floats {@link Double}; {@code ==} compares numbers by value across the two and is false for
 * values of different kinds; {@code <} and its kin take two numbers or two strings; {@code /} and
 * {@code **} give floats; {@code &&} and {@code ||} take booleans and stop early; {@code matches} searches
 * with a Go regular expression. Functions: Argo's {@code asInt} and {@code asFloat}, expr's {@code int},
 * {@code float}, {@code string}, {@code len}, {@code upper}, {@code lower}, {@code trim}, {@code abs}.
 */
final class ExprEvaluator {
  static final Set<String> FUNCTIONS =
      Set.of("asInt", "asFloat", "int", "float", "string", "len", "upper", "lower", "trim", "abs");

  /** What Go's {@code strconv.ParseFloat} reads, without Java's extras (spaces around, a {@code d} suffix). */
  private static final java.util.regex.Pattern GO_FLOAT =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private final Map<String, Object> environment;

  ExprEvaluator(Map<String, Object> environment) {
    this.environment = environment;
  }

  Object evaluate(ExprNode node) {
    if (node instanceof ExprNode.Literal literal) {
      return literal.value();
    }
    if (node instanceof ExprNode.Name name) {
      if (!environment.containsKey(name.name())) {
        throw new IllegalArgumentException("unknown name " + name.name());
      }
      return environment.get(name.name());
    }
    if (node instanceof ExprNode.Member member) {
      return member(evaluate(member.object()), evaluate(member.key()));
    }
    if (node instanceof ExprNode.Call call) {
      List<Object> arguments = new ArrayList<>();
      for (ExprNode argument : call.arguments()) {
        arguments.add(evaluate(argument));
      }
      return call(call.function(), arguments);
    }
    if (node instanceof ExprNode.Array array) {
      List<Object> elements = new ArrayList<>();
      for (ExprNode element : array.elements()) {
        elements.add(evaluate(element));
      }
      return elements;
    }
    if (node instanceof ExprNode.Unary unary) {
      return unary(unary.operator(), evaluate(unary.operand()));
    }
    if (node instanceof ExprNode.Conditional conditional) {
      return bool("?", evaluate(conditional.condition()))
          ? evaluate(conditional.then())
          : evaluate(conditional.otherwise());
    }
    ExprNode.Binary binary = (ExprNode.Binary) node;
    String operator = binary.operator();
    if (operator.equals("&&") || operator.equals("and")) {
      return bool(operator, evaluate(binary.left())) && bool(operator, evaluate(binary.right()));
    }
    if (operator.equals("||") || operator.equals("or")) {
      return bool(operator, evaluate(binary.left())) || bool(operator, evaluate(binary.right()));
    }
    Object result = binary(operator, evaluate(binary.left()), evaluate(binary.right()));
    return binary.negated() ? !(Boolean) result : result;
  }

  private static Object member(Object object, Object key) {
    if (object instanceof Map<?, ?> map) {
      return map.get(key);
    }
    if (object instanceof List<?> list && key instanceof Long index) {
      long at = index < 0 ? list.size() + index : index;
      if (at < 0 || at >= list.size()) {
        throw new IllegalArgumentException("index out of range: " + index + " (array length is " + list.size() + ")");
      }
      return list.get((int) at);
    }
    throw new IllegalArgumentException("cannot fetch " + GoValues.format(key) + " from " + type(object));
  }

  private static Object call(String function, List<Object> arguments) {
    if (!FUNCTIONS.contains(function)) {
      throw new IllegalArgumentException("unknown func " + function);
    }
    if (arguments.size() != 1) {
      throw new IllegalArgumentException("invalid number of arguments for " + function + " (expected 1, got "
          + arguments.size() + ")");
    }
    Object value = arguments.get(0);
    switch (function) {
      case "asInt", "int":
        if (value instanceof Long || value instanceof Double) {
          return ((Number) value).longValue();
        }
        if (value instanceof String text) {
          try {
            return Long.parseLong(text);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid operation: int(\"" + text + "\")");
          }
        }
        throw new IllegalArgumentException("invalid operation: int(" + type(value) + ")");
      case "asFloat", "float":
        if (value instanceof Long || value instanceof Double) {
          return ((Number) value).doubleValue();
        }
        if (value instanceof String text) {
          if (!GO_FLOAT.matcher(text).matches()) {
            throw new IllegalArgumentException("invalid operation: float(\"" + text + "\")");
          }
          return Double.parseDouble(text);
        }
        throw new IllegalArgumentException("invalid operation: float(" + type(value) + ")");
      case "string":
        return value instanceof String ? value : GoValues.format(value);
      case "len":
        if (value instanceof String text) {
          return (long) text.getBytes(StandardCharsets.UTF_8).length;
        }
        if (value instanceof List<?> list) {
          return (long) list.size();
        }
        if (value instanceof Map<?, ?> map) {
          return (long) map.size();
        }
        throw new IllegalArgumentException("invalid argument for len (type " + type(value) + ")");
      case "abs":
        if (value instanceof Long number) {
          return Math.abs(number);
        }
        if (value instanceof Double number) {
          return Math.abs(number);
        }
        throw new IllegalArgumentException("invalid argument for abs (type " + type(value) + ")");
      default:
        if (!(value instanceof String text)) {
          throw new IllegalArgumentException("invalid argument for " + function + " (type " + type(value) + ")");
        }
        return function.equals("upper") ? text.toUpperCase(java.util.Locale.ROOT)
            : function.equals("lower") ? text.toLowerCase(java.util.Locale.ROOT)
            : text.strip();
    }
  }

  private static Object unary(String operator, Object value) {
    if (operator.equals("!") || operator.equals("not")) {
      return !bool(operator, value);
    }
    if (value instanceof Long number) {
      return operator.equals("-") ? -number : number;
    }
    if (value instanceof Double number) {
      return operator.equals("-") ? -number : number;
    }
    throw new IllegalArgumentException("invalid operation: " + operator + " (mismatched type " + type(value) + ")");
  }

  private static Object binary(String operator, Object left, Object right) {
    switch (operator) {
      case "==":
        return equal(left, right);
      case "!=":
        return !equal(left, right);
      case "<", ">", "<=", ">=":
        int order = compare(operator, left, right);
        return operator.equals("<") ? order < 0 : operator.equals(">") ? order > 0
            : operator.equals("<=") ? order <= 0 : order >= 0;
      case "in":
        if (right instanceof List<?> list) {
          return list.stream().anyMatch(element -> equal(left, element));
        }
        if (right instanceof Map<?, ?> map) {
          return map.containsKey(left);
        }
        throw mismatched(operator, left, right);
      case "matches":
        if (!(left instanceof String text) || !(right instanceof String pattern)) {
          throw mismatched(operator, left, right);
        }
        return GoRegex.compile(pattern).matchesIn(text);
      case "contains", "startsWith", "endsWith":
        if (!(left instanceof String text) || !(right instanceof String part)) {
          throw mismatched(operator, left, right);
        }
        return operator.equals("contains") ? text.contains(part)
            : operator.equals("startsWith") ? text.startsWith(part) : text.endsWith(part);
      case "+":
        if (left instanceof String a && right instanceof String b) {
          return a + b;
        }
        return arithmetic(operator, left, right);
      default:
        return arithmetic(operator, left, right);
    }
  }

  private static Object arithmetic(String operator, Object left, Object right) {
    if (!(left instanceof Long || left instanceof Double) || !(right instanceof Long || right instanceof Double)) {
      throw mismatched(operator, left, right);
    }
    if (left instanceof Long a && right instanceof Long b && !operator.equals("/") && !operator.equals("**")
        && !operator.equals("^")) {
      switch (operator) {
        case "+":
          return a + b;
        case "-":
          return a - b;
        case "*":
          return a * b;
        default:
          if (b == 0) {
            throw new IllegalArgumentException("integer divide by zero");
          }
          return a % b;
      }
    }
    if (operator.equals("%")) {
      throw mismatched(operator, left, right);
    }
    double a = ((Number) left).doubleValue();
    double b = ((Number) right).doubleValue();
    switch (operator) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        return a / b;
      default:
        return Math.pow(a, b);
    }
  }

  private static boolean equal(Object left, Object right) {
    if (left instanceof Number a && right instanceof Number b) {
      return a.doubleValue() == b.doubleValue();
    }
    if (left instanceof List<?> a && right instanceof List<?> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equal(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return left == null ? right == null : left.equals(right);
  }

  private static int compare(String operator, Object left, Object right) {
    if (left instanceof Number a && right instanceof Number b) {
      return Double.compare(a.doubleValue(), b.doubleValue());
    }
    if (left instanceof String a && right instanceof String b) {
      return GoValues.compareStrings(a, b);
    }
    throw mismatched(operator, left, right);
  }

  private static boolean bool(String operator, Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException("invalid operation: " + operator + " on " + type(value) + " ("
        + GoValues.format(value) + "), which is not a bool");
  }

  private static IllegalArgumentException mismatched(String operator, Object left, Object right) {
    return new IllegalArgumentException(
        "invalid operation: " + operator + " (mismatched types " + type(left) + " and " + type(right) + ")");
  }

  /** Go's name of a value's type, as expr's messages give it. */
  static String type(Object value) {
    if (value == null) {
      return "<nil>";
    }
    if (value instanceof Long) {
      return "int";
    }
    if (value instanceof Double) {
      return "float64";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "bool";
    }
    if (value instanceof List) {
      return "[]interface {}";
    }
    return "map[string]interface {}";
  }
}
