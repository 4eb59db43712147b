package dev.jera.processor.testing;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Test sources: a workflow class in package {@code test}, with Jera's and common imports. */
public final class Sources {
  private Sources() {}

  /** Class {@code test.<name>} with the given text after the imports. */
  public static JavaFileObject java(String name, String text) {
    return JavaFileObjects.forSourceString(
        "test." + name,
        "package test;\n\n"
            + "import dev.jera.*;\n"
            + "import java.math.BigDecimal;\n"
            + "import java.time.*;\n"
            + "import java.util.*;\n\n"
            + text);
  }
}
