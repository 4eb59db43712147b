package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Workflow(entrypoint)}, {@code @Template} and {@code @Call(template)} of the workflow's own templates. */
class EntrypointAndTemplatesTest {

  @Test
  void stepsCallATemplateOfTheirWorkflowWithArguments() {
    JavaFileObject steps = java("Steps", """
        @Workflow(name = "steps", entrypoint = "hello-hello-hello", style = Style.STEPS)
        public class Steps {
          @Template
          public static void printMessage(String message) { System.out.println(message); }

          @Script @Call(template = "print-message")
          static void hello1(@Value("hello1") String message) {}

          @Script(after = "hello1") @Call(template = "print-message")
          static void hello2a(@Value("hello2a") String message) {}

          @Script(after = "hello1") @Call(template = "print-message")
          static void hello2b(@Value("hello2b") String message) {}
        }
        """);
    Compilation compilation = Compile.withImage(steps);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "steps");
    System.out.println(manifest);
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
  }

  @Test
  void aLeafEntrypoint() {
    JavaFileObject source = java("ArgumentsParameters", """
        @Workflow(name = "arguments-parameters", entrypoint = "print-message")
        @Param(value = "message", defaultValue = "hello world")
        public class ArgumentsParameters {
          @Template
          public static void printMessage(String message) { System.out.println(message); }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "arguments-parameters");
    System.out.println(manifest);
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
  }
}
