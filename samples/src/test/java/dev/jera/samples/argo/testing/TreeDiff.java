package dev.jera.samples.argo.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares two canonical trees closed-world: every field on either side must be on the other and
 * equal. Reports every difference, each with its path and both values.
 */
final class TreeDiff {
  static final String ABSENT = "absent";
  private static final Object MISSING = new Object();

  private final List<Difference> differences = new ArrayList<>();

  private TreeDiff() {}

  static List<Difference> between(String root, Object upstream, Object port) {
    TreeDiff diff = new TreeDiff();
    diff.compare(root, upstream, port);
    return diff.differences;
  }

  private void compare(String path, Object a, Object b) {
    if (a == MISSING && b == MISSING) {
      return;
    }
    if (a == MISSING || b == MISSING) {
      report(path, a, b, "");
      return;
    }
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      Set<Object> keys = new LinkedHashSet<>(ma.keySet());
      keys.addAll(mb.keySet());
      for (Object key : keys) {
        compare(join(path, String.valueOf(key)), get(ma, key), get(mb, key));
      }
    } else if (a instanceof Keyed ka && b instanceof Keyed kb) {
      for (String duplicate : ka.duplicates()) {
        differences.add(new Difference(path + "[" + duplicate + "]", "given more than once", "-", "a name must be unique"));
      }
      for (String duplicate : kb.duplicates()) {
        differences.add(new Difference(path + "[" + duplicate + "]", "-", "given more than once", "a name must be unique"));
      }
      Set<String> keys = new LinkedHashSet<>(ka.entries().keySet());
      keys.addAll(kb.entries().keySet());
      for (String key : keys) {
        compare(path + "[" + key + "]", get(ka.entries(), key), get(kb.entries(), key));
      }
    } else if (a instanceof List<?> la && b instanceof List<?> lb) {
      for (int i = 0; i < Math.max(la.size(), lb.size()); i++) {
        compare(path + "[" + i + "]", i < la.size() ? la.get(i) : MISSING, i < lb.size() ? lb.get(i) : MISSING);
      }
    } else if (a instanceof Bag ba && b instanceof Bag bb) {
      List<Object> onlyLeft = new ArrayList<>(ba.items());
      List<Object> onlyRight = new ArrayList<>(bb.items());
      for (Object item : ba.items()) {
        for (int i = 0; i < onlyRight.size(); i++) {
          if (key(onlyRight.get(i)).equals(key(item))) {
            onlyRight.remove(i);
            onlyLeft.remove(item);
            break;
          }
        }
      }
      for (Object item : onlyLeft) {
        differences.add(new Difference(path + "[*]", show(item), ABSENT, ""));
      }
      for (Object item : onlyRight) {
        differences.add(new Difference(path + "[*]", ABSENT, show(item), ""));
      }
    } else if (a instanceof Semantic sa && b instanceof Semantic sb && a.getClass() == b.getClass()) {
      Optional<String> why = sa.differenceFrom(sb);
      why.ifPresent(w -> report(path, a, b, w));
    } else if (!same(a, b)) {
      report(path, a, b, "");
    }
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return a == null ? b == null : a.equals(b);
  }

  private void report(String path, Object a, Object b, String why) {
    differences.add(new Difference(path, a == MISSING ? ABSENT : show(a), b == MISSING ? ABSENT : show(b), why));
  }

  private static Object get(Map<?, ?> map, Object key) {
    return map.containsKey(key) ? map.get(key) : MISSING;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** A value as a report shows it: strings quoted, objects and lists inline, keys in a stable order. */
  static String show(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Semantic s) {
      return s.show();
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> sorted = new java.util.TreeMap<>();
      m.forEach((k, v) -> sorted.put(String.valueOf(k), v));
      return sorted.entrySet().stream().map(e -> e.getKey() + ": " + show(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof Keyed k) {
      Map<String, Object> sorted = new java.util.TreeMap<>(k.entries());
      return sorted.entrySet().stream().map(e -> "[" + e.getKey() + "] " + show(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof Bag b) {
      return b.items().stream().map(TreeDiff::show).sorted().collect(Collectors.joining(", ", "{{", "}}"));
    }
    if (value instanceof List<?> l) {
      return l.stream().map(TreeDiff::show).collect(Collectors.joining(", ", "[", "]"));
    }
    return value.toString();
  }

  /** A value's identity in a set: as {@link #show}, with values compared by meaning in their canonical form. */
  static String key(Object value) {
    if (value instanceof Semantic s) {
      return s.canonicalKey();
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> sorted = new java.util.TreeMap<>();
      m.forEach((k, v) -> sorted.put(String.valueOf(k), v));
      return sorted.entrySet().stream().map(e -> e.getKey() + ": " + key(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof Keyed k) {
      return new java.util.TreeMap<>(k.entries()).entrySet().stream().map(e -> "[" + e.getKey() + "] " + key(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof Bag b) {
      return b.items().stream().map(TreeDiff::key).sorted().collect(Collectors.joining(", ", "{{", "}}"));
    }
    if (value instanceof List<?> l) {
      return l.stream().map(TreeDiff::key).collect(Collectors.joining(", ", "[", "]"));
    }
    return show(value);
  }

  /** For callers that want the canonical tree as text (debugging a port). */
  static String dump(Object tree) {
    StringBuilder out = new StringBuilder();
    dump("", tree, out);
    return out.toString();
  }

  private static void dump(String path, Object value, StringBuilder out) {
    if (value instanceof Map<?, ?> m && !m.isEmpty()) {
      Map<String, Object> ordered = new LinkedHashMap<>();
      m.forEach((k, v) -> ordered.put(String.valueOf(k), v));
      ordered.forEach((k, v) -> dump(join(path, k), v, out));
    } else if (value instanceof Keyed k && !k.entries().isEmpty()) {
      k.entries().forEach((key, v) -> dump(path + "[" + key + "]", v, out));
    } else if (value instanceof List<?> l && !l.isEmpty()) {
      for (int i = 0; i < l.size(); i++) {
        dump(path + "[" + i + "]", l.get(i), out);
      }
    } else {
      out.append(path).append(": ").append(show(value)).append('\n');
    }
  }
}
