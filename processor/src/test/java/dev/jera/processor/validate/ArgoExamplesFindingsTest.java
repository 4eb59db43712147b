package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Three mistakes of the processor found while reading Argo's own examples (issue 12). */
class ArgoExamplesFindingsTest {

  @Test
  void aSequenceCountReadingAStepWaitsForIt() {
    JavaFileObject source = java("Shards", """
        @Workflow(name = "shards")
        public class Shards {
          @Script public static int count() { return 3; }
          @Script @Sequence(count = "{{tasks.count.outputs.result}}")
          public static int shard(@Item int index) { return index; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compile.manifest(compilation, "shards")).containsMatch("- name: shard\n(.*\n)*?\\s+depends: count\n");
  }

  @Test
  void aSequenceCountReadingAStepWaitsForItInStepsStyle() {
    JavaFileObject source = java("Shards", """
        @Workflow(name = "shards", style = Style.STEPS)
        public class Shards {
          @Script public static int count() { return 3; }
          @Script @Sequence(count = "{{steps.count.outputs.result}}")
          public static int shard(@Item int index) { return index; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "shards");
    // Two groups: count first, then the shards.
    assertThat(manifest).containsMatch("steps:\n\\s+- - name: count\n(.*\n)*?\\s+- - name: shard\n");
  }

  @Test
  void parametersJsonInAnExpressionIsTheWholeListNotAParameter() {
    JavaFileObject source = java("Conditional", """
        @Workflow(name = "conditional")
        @Param(value = "should-print", defaultValue = "false")
        public class Conditional {
          @Script(when = "{{=jsonpath(workflow.parameters.json, '$[0].value') == 'true'}}")
          public static String printHello(@Param("should-print") String shouldPrint) { return "hello"; }
        }
        """);
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void aParameterInAGitRevisionIsUsed() {
    JavaFileObject source = java("Checkout", """
        @Workflow(name = "checkout")
        @Param(value = "revision", defaultValue = "v2.1.1")
        public class Checkout {
          @Script public static String list(
              @Git(repo = "https://github.com/argoproj/argo-workflows.git", revision = "{{workflow.parameters.revision}}")
              java.nio.file.Path src) { return src.toString(); }
        }
        """);
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void aTagInAGitRevisionIsChecked() {
    JavaFileObject source = java("Checkout", """
        @Workflow(name = "checkout")
        @Param(value = "revision", defaultValue = "v2.1.1")
        public class Checkout {
          @Script public static String list(
              @Param("revision") String revision,
              @Git(repo = "https://github.com/argoproj/argo-workflows.git", revision = "{{workflow.parameters.revison}}")
              java.nio.file.Path src) { return src.toString(); }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source)).hadErrorContaining("did you mean 'revision'?")
        .inFile(source).onLineContaining("revison");
  }
}
