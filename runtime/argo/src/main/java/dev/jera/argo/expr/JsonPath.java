package dev.jera.argo.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSONPath that Argo's {@code jsonpath(json, path)} evaluates ({@code github.com/evilmonkeyinc/jsonpath}),
 * over values {@link JsonValues} reads: from the root {@code $}, keys ({@code .a}, {@code ['a']}), indexes
 * ({@code [0]}, {@code [-1]}), slices ({@code [0:2]}), wildcards ({@code [*]}, {@code .*}), unions
 * ({@code [0,2]}) and filters ({@code [?(@.age > 42 && @.name != 'Mo')]}). A path with a wildcard, slice,
 * union or filter gives a list; otherwise the one value it names, and a missing key or index is an error.
 * Recursive descent ({@code ..}) and script expressions are refused.
 */
final class JsonPath {
  private sealed interface Segment {}

  private record Key(String name) implements Segment {}

  private record Index(long index) implements Segment {}

  private record Slice(Long from, Long to) implements Segment {}

  private record Wildcard() implements Segment {}

  private record Union(List<Segment> parts) implements Segment {}

  private record Filter(FilterNode condition) implements Segment {}

  private sealed interface FilterNode {}

  private record Path(boolean root, List<Segment> segments) implements FilterNode {}

  private record Constant(Object value) implements FilterNode {}

  private record Logical(String operator, FilterNode left, FilterNode right) implements FilterNode {}

  private record Comparison(String operator, FilterNode left, FilterNode right) implements FilterNode {}

  private record Not(FilterNode operand) implements FilterNode {}

  private final String text;
  private int at;

  private JsonPath(String text) {
    this.text = text;
  }

  /** Evaluates {@code path} over {@code json} (already read). */
  static Object query(String path, Object json) {
    JsonPath parser = new JsonPath(path);
    List<Segment> segments = parser.parse();
    boolean collection = segments.stream().anyMatch(s -> !(s instanceof Key) && !(s instanceof Index));
    List<Object> values = select(List.of(json == null ? NULL : json), segments, collection, json);
    List<Object> out = new ArrayList<>();
    values.forEach(value -> out.add(value == NULL ? null : value));
    if (collection) {
      return out;
    }
    return out.get(0);
  }

  /** Stands for a JSON null inside the lists of selected values. */
  private static final Object NULL = new Object();

  private static List<Object> select(List<Object> values, List<Segment> segments, boolean collection, Object root) {
    List<Object> current = values;
    for (Segment segment : segments) {
      List<Object> next = new ArrayList<>();
      for (Object value : current) {
        apply(segment, value == NULL ? null : value, collection, root, next);
      }
      current = next;
    }
    return current;
  }

  private static void apply(Segment segment, Object value, boolean collection, Object root, List<Object> into) {
    if (segment instanceof Key key) {
      if (value instanceof Map<?, ?> map && map.containsKey(key.name())) {
        into.add(wrap(map.get(key.name())));
      } else if (!collection) {
        throw new IllegalArgumentException(value instanceof Map
            ? "key: invalid token key '" + key.name() + "' not found"
            : "key: invalid token target. expected [map] got [" + kind(value) + "]");
      }
    } else if (segment instanceof Index index) {
      if (value instanceof List<?> list) {
        long at = index.index() < 0 ? list.size() + index.index() : index.index();
        if (at >= 0 && at < list.size()) {
          into.add(wrap(list.get((int) at)));
        } else if (!collection) {
          throw new IllegalArgumentException("index: invalid token out of range");
        }
      } else if (!collection) {
        throw new IllegalArgumentException("index: invalid token target. expected [array slice] got [" + kind(value) + "]");
      }
    } else if (segment instanceof Slice slice) {
      if (value instanceof List<?> list) {
        int size = list.size();
        long from = slice.from() == null ? 0 : slice.from() < 0 ? Math.max(0, size + slice.from()) : Math.min(size, slice.from());
        long to = slice.to() == null ? size : slice.to() < 0 ? Math.max(0, size + slice.to()) : Math.min(size, slice.to());
        for (long i = from; i < to; i++) {
          into.add(wrap(list.get((int) i)));
        }
      }
    } else if (segment instanceof Wildcard) {
      children(value).forEach(child -> into.add(wrap(child)));
    } else if (segment instanceof Union union) {
      for (Segment part : union.parts()) {
        apply(part, value, true, root, into);
      }
    } else if (segment instanceof Filter filter) {
      for (Object child : children(value)) {
        if (truthy(evaluate(filter.condition(), child, root))) {
          into.add(wrap(child));
        }
      }
    }
  }

  private static List<Object> children(Object value) {
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    if (value instanceof Map<?, ?> map) {
      // evilmonkeyinc iterates a map's values in the order of its sorted keys.
      return new ArrayList<>(new TreeMap<>(map).values());
    }
    return List.of();
  }

  private static Object wrap(Object value) {
    return value == null ? NULL : value;
  }

  private static String kind(Object value) {
    return value == null ? "nil" : value instanceof List ? "slice" : value instanceof Map ? "map" : value instanceof String ? "string"
        : value instanceof Double ? "float64" : value instanceof Boolean ? "bool" : "unknown";
  }

  /** A filter operand's value: a path gives its one value, or {@link #MISSING} when it names nothing. */
  private static final Object MISSING = new Object();

  private static Object evaluate(FilterNode node, Object current, Object root) {
    if (node instanceof Constant constant) {
      return constant.value();
    }
    if (node instanceof Path path) {
      Object value = path.root() ? root : current;
      for (Segment segment : path.segments()) {
        if (segment instanceof Key key && value instanceof Map<?, ?> map && map.containsKey(key.name())) {
          value = map.get(key.name());
        } else if (segment instanceof Index index && value instanceof List<?> list
            && index.index() < list.size() && index.index() >= -list.size()) {
          value = list.get((int) (index.index() < 0 ? list.size() + index.index() : index.index()));
        } else {
          return MISSING;
        }
      }
      return value;
    }
    if (node instanceof Not not) {
      return !truthy(evaluate(not.operand(), current, root));
    }
    if (node instanceof Logical logical) {
      boolean left = truthy(evaluate(logical.left(), current, root));
      return logical.operator().equals("&&")
          ? left && truthy(evaluate(logical.right(), current, root))
          : left || truthy(evaluate(logical.right(), current, root));
    }
    Comparison comparison = (Comparison) node;
    Object left = evaluate(comparison.left(), current, root);
    Object right = evaluate(comparison.right(), current, root);
    if (left == MISSING || right == MISSING) {
      return false;
    }
    switch (comparison.operator()) {
      case "==":
        return same(left, right);
      case "!=":
        return !same(left, right);
      default:
        Integer order = order(left, right);
        if (order == null) {
          return false;
        }
        return switch (comparison.operator()) {
          case "<" -> order < 0;
          case "<=" -> order <= 0;
          case ">" -> order > 0;
          default -> order >= 0;
        };
    }
  }

  private static boolean same(Object left, Object right) {
    if (left instanceof Number a && right instanceof Number b) {
      return a.doubleValue() == b.doubleValue();
    }
    return left == null ? right == null : left.equals(right);
  }

  private static Integer order(Object left, Object right) {
    if (left instanceof Number a && right instanceof Number b) {
      return Double.compare(a.doubleValue(), b.doubleValue());
    }
    if (left instanceof String a && right instanceof String b) {
      return a.compareTo(b);
    }
    return null;
  }

  private static boolean truthy(Object value) {
    return value != MISSING && value != null && !Boolean.FALSE.equals(value);
  }

  // --- parsing ---

  private List<Segment> parse() {
    skipSpace();
    if (!accept('$')) {
      throw problem("a path starts with '$'");
    }
    List<Segment> segments = segments();
    skipSpace();
    if (at < text.length()) {
      throw problem("unexpected '" + text.charAt(at) + "'");
    }
    return segments;
  }

  private List<Segment> segments() {
    List<Segment> segments = new ArrayList<>();
    while (at < text.length()) {
      if (text.startsWith("..", at)) {
        throw problem("Jera does not evaluate recursive descent ('..')");
      }
      if (accept('.')) {
        if (accept('*')) {
          segments.add(new Wildcard());
        } else {
          segments.add(new Key(name()));
        }
      } else if (text.charAt(at) == '[') {
        at++;
        segments.add(bracket());
      } else {
        break;
      }
    }
    return segments;
  }

  private String name() {
    int start = at;
    while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) == '-')) {
      at++;
    }
    if (start == at) {
      throw problem("expected a key after '.'");
    }
    return text.substring(start, at);
  }

  private Segment bracket() {
    skipSpace();
    if (accept('*')) {
      expectClose();
      return new Wildcard();
    }
    if (accept('?')) {
      skipSpace();
      if (!accept('(')) {
        throw problem("a filter is written [?(…)]");
      }
      FilterNode condition = or();
      skipSpace();
      if (!accept(')')) {
        throw problem("')' is missing in the filter");
      }
      expectClose();
      return new Filter(condition);
    }
    if (at < text.length() && text.charAt(at) == '(') {
      throw problem("Jera does not evaluate script expressions ('[(…)]')");
    }
    List<Segment> parts = new ArrayList<>();
    do {
      skipSpace();
      parts.add(part());
      skipSpace();
    } while (accept(','));
    expectClose();
    return parts.size() == 1 ? parts.get(0) : new Union(parts);
  }

  private Segment part() {
    if (at < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '"')) {
      return new Key(string());
    }
    Long from = integer();
    skipSpace();
    if (accept(':')) {
      skipSpace();
      Long to = integer();
      return new Slice(from, to);
    }
    if (from == null) {
      throw problem("expected an index, a slice, a key in quotes, '*' or a filter");
    }
    return new Index(from);
  }

  private Long integer() {
    int start = at;
    if (at < text.length() && text.charAt(at) == '-') {
      at++;
    }
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
    if (start == at || at == start + 1 && text.charAt(start) == '-') {
      at = start;
      return null;
    }
    return Long.parseLong(text.substring(start, at));
  }

  private String string() {
    char quote = text.charAt(at++);
    StringBuilder value = new StringBuilder();
    while (at < text.length() && text.charAt(at) != quote) {
      char c = text.charAt(at++);
      if (c == '\\' && at < text.length()) {
        c = text.charAt(at++);
      }
      value.append(c);
    }
    if (!accept(quote)) {
      throw problem("a string is not terminated");
    }
    return value.toString();
  }

  private void expectClose() {
    skipSpace();
    if (!accept(']')) {
      throw problem("']' is missing");
    }
  }

  private FilterNode or() {
    FilterNode left = and();
    while (true) {
      skipSpace();
      if (!text.startsWith("||", at)) {
        return left;
      }
      at += 2;
      left = new Logical("||", left, and());
    }
  }

  private FilterNode and() {
    FilterNode left = comparison();
    while (true) {
      skipSpace();
      if (!text.startsWith("&&", at)) {
        return left;
      }
      at += 2;
      left = new Logical("&&", left, comparison());
    }
  }

  private FilterNode comparison() {
    FilterNode left = operand();
    skipSpace();
    for (String operator : List.of("==", "!=", "<=", ">=", "<", ">")) {
      if (text.startsWith(operator, at)) {
        at += operator.length();
        return new Comparison(operator, left, operand());
      }
    }
    return left;
  }

  private FilterNode operand() {
    skipSpace();
    if (at >= text.length()) {
      throw problem("the filter ends early");
    }
    char c = text.charAt(at);
    if (c == '!') {
      at++;
      return new Not(operand());
    }
    if (c == '(') {
      at++;
      FilterNode inner = or();
      skipSpace();
      if (!accept(')')) {
        throw problem("')' is missing in the filter");
      }
      return inner;
    }
    if (c == '@' || c == '$') {
      at++;
      return new Path(c == '$', segments());
    }
    if (c == '\'' || c == '"') {
      return new Constant(string());
    }
    int start = at;
    while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "+-.".indexOf(text.charAt(at)) >= 0)) {
      at++;
    }
    String word = text.substring(start, at);
    switch (word) {
      case "true":
        return new Constant(true);
      case "false":
        return new Constant(false);
      case "null":
        return new Constant(null);
      default:
        try {
          return new Constant(Double.parseDouble(word));
        } catch (NumberFormatException e) {
          at = start;
          throw problem("unexpected '" + (word.isEmpty() ? String.valueOf(c) : word) + "' in the filter");
        }
    }
  }

  private boolean accept(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException problem(String reason) {
    return new IllegalArgumentException("invalid JSONPath '" + text + "' at column " + (at + 1) + ": " + reason);
  }
}
