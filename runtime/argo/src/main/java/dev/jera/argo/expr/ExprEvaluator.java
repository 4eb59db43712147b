package dev.jera.argo.expr;

import dev.jera.argo.go.GoRegex;
import dev.jera.argo.go.GoValues;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a parsed expr-lang expression as expr's virtual machine does ({@code vm/runtime}): integers are
 * {@link Long}, floats {@link Double}; {@code ==} compares numbers by value across the two and is false for
 * values of different kinds; {@code <} and its kin take two numbers or two strings; {@code /} and
 * {@code **} give floats; {@code &&} and {@code ||} take booleans and stop early; {@code matches} searches
 * with a Go regular expression; {@code ??} gives its right side when the left is nil (a missing member
 * included); closures apply to each element as {@code #}; times subtract to durations. Functions are
 * {@link Functions}'.
 */
final class ExprEvaluator {
  /** The functions Jera evaluates: Argo's, expr's builtins and Argo's {@code sprig.*} (see {@link Functions}). */
  static final Set<String> FUNCTIONS = Functions.NAMES;

  /**
   * A map whose members are looked up only when read, which may also have a value of its own: read as a
   * member's object it is the map, read as a value it is that value (nil when it has none).
   */
  interface LazyMap {
    Object value();
  }

  private final Map<String, Object> environment;
  /** What {@code let} bound, innermost last. */
  private final Deque<Map.Entry<String, Object>> bound = new ArrayDeque<>();
  /** The elements closures are applied to, innermost first. */
  private final Deque<Object> pointers = new ArrayDeque<>();

  ExprEvaluator(Map<String, Object> environment) {
    this.environment = environment;
  }

  Object evaluate(ExprNode node) {
    return evaluate(node, false, false);
  }

  private Object evaluate(ExprNode node, boolean nilSafe) {
    return evaluate(node, nilSafe, false);
  }

  /**
   * @param nilSafe inside the left of {@code ??}: a member of nil is nil, as Argo guards such reads
   * @param object read as the object of a member, so a {@link LazyMap} stays a map
   */
  private Object evaluate(ExprNode node, boolean nilSafe, boolean object) {
    if (node instanceof ExprNode.Literal literal) {
      return literal.value();
    }
    if (node instanceof ExprNode.Name name) {
      Object value = name(name.name());
      return object ? value : nullable(value);
    }
    if (node instanceof ExprNode.Member member) {
      Object from = evaluate(member.object(), nilSafe, true);
      if (from == null && (member.optional() || nilSafe)) {
        return null;
      }
      Object value = member(from, evaluate(member.key(), false));
      return object ? value : nullable(value);
    }
    if (node instanceof ExprNode.Pointer) {
      if (pointers.isEmpty()) {
        throw new IllegalArgumentException("cannot use pointer accessor outside predicate");
      }
      return pointers.peek();
    }
    if (node instanceof ExprNode.Let let) {
      bound.addLast(Map.entry(let.name(), nullable(evaluate(let.value()))));
      try {
        return evaluate(let.body());
      } finally {
        bound.removeLast();
      }
    }
    if (node instanceof ExprNode.Call call) {
      Functions.check(call.function());
      if (ExprParser.PREDICATES.contains(call.function())) {
        return predicate(call);
      }
      List<Object> arguments = new ArrayList<>();
      for (ExprNode argument : call.arguments()) {
        arguments.add(evaluate(argument));
      }
      return Functions.call(call.function(), arguments);
    }
    if (node instanceof ExprNode.MethodCall call) {
      Object receiver = evaluate(call.object());
      if (!call.arguments().isEmpty()) {
        throw new IllegalArgumentException("method " + call.method() + " of " + type(receiver) + " takes no arguments here");
      }
      return Functions.method(receiver, call.method());
    }
    if (node instanceof ExprNode.Array array) {
      List<Object> elements = new ArrayList<>();
      for (ExprNode element : array.elements()) {
        elements.add(evaluate(element));
      }
      return elements;
    }
    if (node instanceof ExprNode.MapLiteral map) {
      Map<String, Object> entries = new LinkedHashMap<>();
      for (int i = 0; i < map.keys().size(); i++) {
        entries.put(String.valueOf(evaluate(map.keys().get(i))), evaluate(map.values().get(i)));
      }
      return entries;
    }
    if (node instanceof ExprNode.Closure) {
      throw new IllegalArgumentException("a closure is only an argument of filter, map, all, any, none, one or count");
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
    if (operator.equals("??")) {
      Object left = nullable(evaluate(binary.left(), true));
      return left != null ? left : evaluate(binary.right());
    }
    if (operator.equals("&&") || operator.equals("and")) {
      return bool(operator, evaluate(binary.left())) && bool(operator, evaluate(binary.right()));
    }
    if (operator.equals("||") || operator.equals("or")) {
      return bool(operator, evaluate(binary.left())) || bool(operator, evaluate(binary.right()));
    }
    Object result = binary(operator, nullable(evaluate(binary.left())), nullable(evaluate(binary.right())));
    return binary.negated() ? !(Boolean) result : result;
  }

  private Object name(String name) {
    for (Iterator<Map.Entry<String, Object>> it = bound.descendingIterator(); it.hasNext(); ) {
      Map.Entry<String, Object> entry = it.next();
      if (entry.getKey().equals(name)) {
        return entry.getValue();
      }
    }
    if (!environment.containsKey(name)) {
      throw new IllegalArgumentException("unknown name " + name);
    }
    return environment.get(name);
  }

  /** A lazy map read as a value: its own value. */
  static Object nullable(Object value) {
    return value instanceof LazyMap lazy ? lazy.value() : value;
  }

  /** {@code filter}, {@code map}, {@code all}, {@code any}, {@code none}, {@code one}, {@code count}, as expr's builtins. */
  private Object predicate(ExprNode.Call call) {
    String function = call.function();
    if (call.arguments().size() != 2) {
      throw new IllegalArgumentException("invalid number of arguments (expected 2, got " + call.arguments().size() + ")");
    }
    Object collection = nullable(evaluate(call.arguments().get(0)));
    if (!(collection instanceof List<?> list)) {
      throw new IllegalArgumentException("builtin " + function + " takes only array (got " + type(collection) + ")");
    }
    ExprNode body = ((ExprNode.Closure) call.arguments().get(1)).body();
    List<Object> mapped = new ArrayList<>();
    long matches = 0;
    for (Object element : list) {
      pointers.push(element);
      Object result;
      try {
        result = evaluate(body);
      } finally {
        pointers.pop();
      }
      if (function.equals("map")) {
        mapped.add(result);
        continue;
      }
      if (!(result instanceof Boolean test)) {
        throw new IllegalArgumentException("predicate should return boolean (got " + type(result) + ")");
      }
      if (test) {
        matches++;
        if (function.equals("filter")) {
          mapped.add(element);
        } else if (function.equals("any")) {
          return true;
        } else if (function.equals("none")) {
          return false;
        }
      } else if (function.equals("all")) {
        return false;
      }
    }
    return switch (function) {
      case "map", "filter" -> mapped;
      case "all", "none" -> true;
      case "any" -> false;
      case "one" -> matches == 1;
      default -> matches;
    };
  }

  private static Object member(Object object, Object key) {
    if (object instanceof Map<?, ?> map) {
      return map.get(key instanceof Long || key instanceof Double ? GoValues.format(key) : key);
    }
    if (object instanceof List<?> list && (key instanceof Long || key instanceof Double)) {
      long index = ((Number) key).longValue();
      long at = index < 0 ? list.size() + index : index;
      if (at < 0 || at >= list.size()) {
        throw new IllegalArgumentException("index out of range: " + index + " (array length is " + list.size() + ")");
      }
      return list.get((int) at);
    }
    if (object instanceof String text && key instanceof Long index) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      long at = index < 0 ? bytes.length + index : index;
      if (at < 0 || at >= bytes.length) {
        throw new IllegalArgumentException("index out of range: " + index + " (array length is " + bytes.length + ")");
      }
      return new String(bytes, (int) at, 1, StandardCharsets.UTF_8);
    }
    throw new IllegalArgumentException("cannot fetch " + GoValues.format(key) + " from " + type(object));
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
        return timeArithmetic(operator, left, right);
      case "-":
        return timeArithmetic(operator, left, right);
      default:
        return arithmetic(operator, left, right);
    }
  }

  /** expr's {@code time.Time - time.Time} (a duration), {@code time ± duration}, {@code duration ± duration}. */
  private static Object timeArithmetic(String operator, Object left, Object right) {
    boolean plus = operator.equals("+");
    if (left instanceof Instant a && right instanceof Instant b && !plus) {
      return Duration.between(b, a);
    }
    if (left instanceof Instant a && right instanceof Duration b) {
      return plus ? a.plus(b) : a.minus(b);
    }
    if (left instanceof Duration a && right instanceof Instant b && plus) {
      return b.plus(a);
    }
    if (left instanceof Duration a && right instanceof Duration b) {
      return plus ? a.plus(b) : a.minus(b);
    }
    return arithmetic(operator, left, right);
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
    if (left instanceof Instant a && right instanceof Instant b) {
      return a.compareTo(b);
    }
    if (left instanceof Duration a && right instanceof Duration b) {
      return a.compareTo(b);
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
    if (value instanceof Instant) {
      return "time.Time";
    }
    if (value instanceof Duration) {
      return "time.Duration";
    }
    return "map[string]interface {}";
  }
}
