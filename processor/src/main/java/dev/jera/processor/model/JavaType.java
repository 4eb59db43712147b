package dev.jera.processor.model;

import com.squareup.javapoet.TypeName;

/**
 * A Java type as the model needs it: how the user reads it ({@code List<Rate>}), a canonical form to
 * compare ({@code java.util.List<com.acme.Rate>}, primitives boxed), the JavaPoet name to generate
 * code with, and how it travels as JSON.
 */
public record JavaType(String display, String canonical, TypeName typeName, JsonShape shape) {

  public static final String VOID = "void";

  public boolean isVoid() {
    return canonical.equals(VOID);
  }

  public boolean isString() {
    return canonical.equals("java.lang.String");
  }

  @Override
  public String toString() {
    return display;
  }
}
