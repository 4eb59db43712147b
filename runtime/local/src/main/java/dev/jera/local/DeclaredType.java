package dev.jera.local;

import java.util.Map;

/**
 * A Java type as the workflow index writes it ({@code java.util.List<dev.x.Etl.Sale>}), for checking
 * values against it and naming it the way the source does ({@code List<Etl.Sale>}).
 */
final class DeclaredType {
  private static final Map<String, Class<?>> BOXES = Map.of(
      "boolean", Boolean.class, "byte", Byte.class, "short", Short.class, "int", Integer.class,
      "long", Long.class, "float", Float.class, "double", Double.class, "char", Character.class,
      "void", Void.class);

  private DeclaredType() {}

  /**
   * The class of {@code canonical} without its type arguments, a primitive boxed; {@code null} for an
   * array or a class {@code loader} cannot find.
   */
  static Class<?> rawClass(String canonical, ClassLoader loader) {
    String raw = canonical.contains("<") ? canonical.substring(0, canonical.indexOf('<')) : canonical;
    if (BOXES.containsKey(raw)) {
      return BOXES.get(raw);
    }
    if (raw.endsWith("]")) {
      return null;
    }
    // A nested class is Outer.Inner in the index and Outer$Inner to the class loader.
    String binary = raw;
    while (true) {
      try {
        return Class.forName(binary, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        int dot = binary.lastIndexOf('.');
        if (dot < 0) {
          return null;
        }
        binary = binary.substring(0, dot) + '$' + binary.substring(dot + 1);
      }
    }
  }

  /** {@code type} boxed when it is a primitive. */
  static Class<?> boxed(Class<?> type) {
    return type.isPrimitive() ? BOXES.get(type.getName()) : type;
  }

  /** {@code java.util.List<dev.x.Sale>} as {@code List<Sale>}; {@code dev.x.Etl$Sale} as {@code Etl.Sale}. */
  static String simpleName(String name) {
    return name.replaceAll("\\b[a-z_][\\w]*\\.", "").replace('$', '.');
  }

  /** A class as its source names it: {@code String}, {@code Etl.Sale}, {@code int[]}. */
  static String display(Class<?> type) {
    String canonical = type.getCanonicalName();
    return simpleName(canonical == null ? type.getName() : canonical);
  }

  /** {@code a String}, {@code an Integer}. */
  static String article(String type) {
    return ("AEIOUaeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }
}
