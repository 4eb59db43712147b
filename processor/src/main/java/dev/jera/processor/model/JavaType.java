package dev.jera.processor.model;

import com.squareup.javapoet.TypeName;

/**
 * A Java type as the model needs it: how the user reads it ({@code List<Rate>}), a canonical form to
 * compare ({@code java.util.List<com.acme.Rate>}, primitives boxed), the JavaPoet name to generate
 * code with, and how it travels as JSON.
 */
public record JavaType(String display, String canonical, TypeName typeName, JsonShape shape) {

  public static final String VOID = "void";

  /** Whether there is no result: a {@code void} method, or a record that only carries outputs. */
  public boolean isVoid() {
    return canonical.equals(VOID) || shape instanceof JsonShape.OutputsOnly;
  }

  /** The same type, as a record that only carries outputs. */
  public JavaType asOutputsOnly() {
    return new JavaType(display, canonical, typeName, new JsonShape.OutputsOnly());
  }

  public boolean isString() {
    return canonical.equals("java.lang.String");
  }

  /** The display name with a primitive boxed, as it reads inside {@code List<…>}. */
  public String boxedDisplay() {
    switch (display) {
      case "int":
        return "Integer";
      case "char":
        return "Character";
      case "boolean":
      case "byte":
      case "short":
      case "long":
      case "float":
      case "double":
        return Character.toUpperCase(display.charAt(0)) + display.substring(1);
      default:
        return display;
    }
  }

  @Override
  public String toString() {
    return display;
  }
}
