package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.GRAPH_TARGET_IN_STEPS;
import static dev.jera.processor.diagnostic.MessageId.GRAPH_WITHOUT_STEPS;
import static dev.jera.processor.diagnostic.MessageId.NEGATIVE_GRAPH_PARALLELISM;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_GRAPH_TARGET;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Graph}: the parallelism and failFast of a workflow class's own graph template. */
class GraphSettingsTest {

  @Test
  void aDagGetsItsParallelismAndFailFast() {
    JavaFileObject source = java("Nightly", """
        @Workflow(name = "nightly", entrypoint = "load-all")
        @Graph(parallelism = 2, failFast = Graph.FailFast.OFF)
        public class Nightly {
          @Script public static void a() {}
          @Script(after = "a") public static void b() {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "nightly");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
          - name: load-all
            parallelism: 2
            dag:
              failFast: false
              tasks:
        """);
  }

  @Test
  void aStepsTemplateGetsItsOwnFailFast() {
    JavaFileObject source = java("Steps", """
        @Workflow(name = "steps", style = Style.STEPS)
        @Graph(failFast = Graph.FailFast.ON)
        public class Steps {
          @Script public static void a() {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "steps");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
          - name: main
            failFast: true
            steps:
        """);
  }

  @Test
  void aNegativeParallelismIsAnError() {
    JavaFileObject source = java("Nightly", """
        @Workflow(name = "nightly")
        @Graph(parallelism = -1)
        public class Nightly {
          @Script public static void a() {}
        }
        """);
    assertThat(Compile.expecting(NEGATIVE_GRAPH_PARALLELISM).withImage(source))
        .hadErrorContaining("@Graph(parallelism = -1) is negative; give how many steps may run at once, or 0 for no limit")
        .inFile(source).onLineContaining("parallelism = -1");
  }

  @Test
  void aClassWithoutAGraphTakesNoGraphSettings() {
    JavaFileObject source = java("Hello", """
        @Workflow(name = "hello", entrypoint = "hello")
        @Graph(parallelism = 2)
        public class Hello {
          @Template public static void hello() {}
        }
        """);
    assertThat(Compile.expecting(GRAPH_WITHOUT_STEPS).withImage(source))
        .hadErrorContaining("@Graph has no graph to set in Hello, whose entrypoint is the @Template hello(); remove @Graph")
        .inFile(source).onLineContaining("@Graph(");
  }

  @Test
  void aTargetNamesStepsOfADag() {
    JavaFileObject source = java("Targets", """
        @Workflow(name = "targets")
        @Graph(target = "a c")
        public class Targets {
          @Script public static void a() {}
          @Script(after = "a") public static void b() {}
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_GRAPH_TARGET).withImage(source))
        .hadErrorContaining("@Graph(target) names 'c', which is no step of the workflow")
        .inFile(source).onLineContaining("target = \"a c\"");
  }

  @Test
  void aTargetFromAParameterIsEmittedAndItsTagChecked() {
    JavaFileObject source = java("Targets", """
        @Workflow(name = "targets")
        @Param(value = "target", defaultValue = "b")
        @Graph(target = "{{workflow.parameters.target}}")
        public class Targets {
          @Script public static void a() {}
          @Script(after = "a") public static void b() {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compile.manifest(compilation, "targets")).contains("""
            dag:
              target: "{{workflow.parameters.target}}"
        """);
    JavaFileObject misspelt = java("Targets", """
        @Workflow(name = "targets")
        @Param(value = "target", defaultValue = "b")
        @Graph(target = "{{workflow.parameters.targte}}")
        public class Targets {
          @Script public static void a() {}
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(misspelt))
        .hadErrorContaining("did you mean 'target'?")
        .inFile(misspelt).onLineContaining("targte");
  }

  @Test
  void aStepsWorkflowHasNoTarget() {
    JavaFileObject source = java("Targets", """
        @Workflow(name = "targets", style = Style.STEPS)
        @Graph(target = "a")
        public class Targets {
          @Script public static void a() {}
        }
        """);
    assertThat(Compile.expecting(GRAPH_TARGET_IN_STEPS).withImage(source))
        .hadErrorContaining("@Graph(target) chooses tasks of a DAG, but Targets is of the STEPS style")
        .inFile(source).onLineContaining("@Graph(target");
  }
}
