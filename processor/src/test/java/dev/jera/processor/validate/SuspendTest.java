package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SUSPEND_DURATION;
import static dev.jera.processor.diagnostic.MessageId.SUSPEND_FILE_OUTPUT;
import static dev.jera.processor.diagnostic.MessageId.SUSPEND_RESULT;
import static dev.jera.processor.diagnostic.MessageId.SUSPEND_WITH_COMMAND;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Suspend}: templates that wait, for a duration or until resumed, with values supplied then. */
class SuspendTest {

  @Test
  void aSuspendTemplateWithInputsAndSuppliedOutputs() {
    JavaFileObject source = java("Approval", """
        @Workflow(name = "approval", entrypoint = "cicd", style = Style.STEPS)
        public class Approval {
          @Template @Suspend @Output("approve")
          public static String approval(@Param(value = "approve", defaultValue = "NO", allowed = {"YES", "NO"},
              description = "Choose YES to deploy") String approve) { return null; }

          @Template @Suspend(duration = "20") public static void delay() {}

          @Template public static void deploy() {}

          @Script(name = "approval") @Call(template = "approval") static String ask() { return null; }
          @Script(after = "approval") @Call(template = "delay") static void delayed() {}
          @Script(name = "deploy-prod", after = "delayed", when = "{{steps.approval.outputs.parameters.approve}} == YES")
          @Call(template = "deploy") static void deployProd() {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "approval");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
          - name: approval
            inputs:
              parameters:
              - name: approve
                default: "NO"
                enum:
                - "YES"
                - "NO"
                description: Choose YES to deploy
            outputs:
              parameters:
              - name: approve
                valueFrom:
                  supplied: {}
            suspend: {}
          - name: delay
            suspend:
              duration: "20"
        """);
    assertThat(manifest).doesNotContain("approval\n      script");
  }

  @Test
  void aScriptThatSuspendsIsAStepWithASuspendTemplateAndNoRunnerEntry() {
    JavaFileObject source = java("Pause", """
        @Workflow(name = "pause")
        public class Pause {
          @Script public static String work() { return "done"; }
          @Script(after = "work") @Suspend(duration = "{{workflow.parameters.wait}}") public static void hold() {}
        }
        """.replace("public class Pause", "@Param(value = \"wait\", defaultValue = \"5s\")\npublic class Pause"));
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "pause");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
          - name: hold
            suspend:
              duration: "{{workflow.parameters.wait}}"
        """);
    assertThat(manifest).doesNotContain("test.Pause_JeraRunner\n      - hold");
  }

  @Test
  void suspendWithAContainer() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "wait-here")
        public class Etl {
          @Template @Suspend @Container(image = "alpine:3.20", command = "true") public static void waitHere() {}
        }
        """);
    assertThat(Compile.expecting(SUSPEND_WITH_COMMAND).withImage(source))
        .hadErrorContaining("waitHere() is a @Suspend template, which waits and runs nothing, but it also has a @Container")
        .inFile(source).onLineContaining("@Suspend");
  }

  @Test
  void invalidDuration() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "pause")
        public class Etl {
          @Template @Suspend(duration = "20 seconds") public static void pause() {}
        }
        """);
    assertThat(Compile.expecting(INVALID_SUSPEND_DURATION).withImage(source))
        .hadErrorContaining("@Suspend(duration = \"20 seconds\") is not a duration")
        .inFile(source).onLineContaining("20 seconds");
  }

  @Test
  void aFileOutput() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "pause")
        public class Etl {
          @Template @Suspend @Output("report") public static java.nio.file.Path pause() { return null; }
        }
        """);
    assertThat(Compile.expecting(SUSPEND_FILE_OUTPUT).withImage(source))
        .hadErrorContaining("output 'report' of pause() is a file").inFile(source).onLineContaining("@Output");
  }

  @Test
  void aStepReadsTheResultOfASuspend() {
    JavaFileObject source = java("Etl", """
        @Workflow(style = Style.STEPS)
        public class Etl {
          @Template @Suspend @Output("message") public static String approve() { return null; }
          @Template public static void print(String message) {}
          @Script @Call(template = "approve") static String ask() { return null; }
          @Script @Call(template = "print") static void release(@From("ask") String message) {}
        }
        """);
    assertThat(Compile.expecting(SUSPEND_RESULT).withImage(source))
        .hadErrorContaining("release() reads the result of ask, a @Suspend template, which has no result; read one of its"
            + " outputs with @From(value = \"ask\", output = …) ('message')")
        .inFile(source).onLineContaining("@From(\"ask\")");
  }

  @Test
  void aTagReadsTheResultOfASuspend() {
    JavaFileObject source = java("Etl", """
        @Workflow(style = Style.STEPS)
        public class Etl {
          @Template @Suspend @Output("message") public static String approve() { return null; }
          @Template public static void print(String message) {}
          @Script @Call(template = "approve") static void ask() {}
          @Script @Call(template = "print") static void release(@Value("{{steps.ask.outputs.result}}") String message) {}
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("ask runs the @Suspend template approve, which has no result")
        .inFile(source).onLineContaining("outputs.result");
  }
}
