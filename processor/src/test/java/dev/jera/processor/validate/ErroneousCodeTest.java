package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.Compile;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Half-typed code, as an IDE compiles it: javac's errors stand alone, the processor never crashes. */
class ErroneousCodeTest {

  @Test
  void unresolvedParameterTypeLeavesOnlyJavacsError() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String load(@From("extract") Missing rows) { return ""; }
          @Script public static String extract() { return ""; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source).onLineContaining("Missing rows");
  }

  @Test
  void unresolvedReturnType() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static Missing extract() { return null; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }

  @Test
  void unresolvedAnnotationValue() {
    JavaFileObject source = java("Etl", """
        @Workflow(name = Names.MISSING)
        public class Etl {
          @Script public static String extract() { return ""; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("Names").inFile(source).onLineContaining("Names.MISSING");
  }

  @Test
  void unresolvedConstantsInAttributesLeaveOnlyJavacsErrors() {
    JavaFileObject source = java("Etl", """
        @Workflow(name = NAME)
        public class Etl {
          @Script public static int one() { return 1; }
          @Script(after = {STEP}) public static int two(@From(STEP) int x) { return x; }
          @Script(when = "{{tasks.one.outputs.result}} == " + LIMIT) public static int three() { return 3; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).hadErrorCount(4); // NAME, STEP twice, LIMIT: javac's, and nothing of Jera's
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertThat(error.getMessage(null)).contains("cannot find symbol");
    }
  }

  @Test
  void syntaxErrorsDoNotCrash() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String extract( { return ""; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).failed();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertThat(error.getMessage(null)).doesNotContain("Jera could not process");
    }
  }

  @Test
  void unknownAnnotationOnAParameter() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String extract(@Missing String x) { return x; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }
}
