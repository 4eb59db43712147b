package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_HOOK;
import static dev.jera.processor.diagnostic.MessageId.HOOK_LOOP;
import static dev.jera.processor.diagnostic.MessageId.HOOK_ON_STEP;
import static dev.jera.processor.diagnostic.MessageId.HOOK_OUTSIDE_WORKFLOW;
import static dev.jera.processor.diagnostic.MessageId.HOOK_READS_LATER_STEP;
import static dev.jera.processor.diagnostic.MessageId.HOOK_READS_OWN_RESULT;
import static dev.jera.processor.diagnostic.MessageId.HOOK_WITHOUT_CALL;
import static dev.jera.processor.diagnostic.MessageId.HOOK_WITHOUT_EXPRESSION;
import static dev.jera.processor.diagnostic.MessageId.INVALID_HOOK_EXPRESSION;
import static dev.jera.processor.diagnostic.MessageId.TWO_EXIT_HANDLERS;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_HOOKED_STEP;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Hook}: lifecycle hooks of steps, tasks and the workflow. */
class HooksTest {

  @Test
  void aStepsExitHookReadsItsStepsOutput() {
    JavaFileObject source = java("WithParam", """
        @Workflow(name = "with-param", entrypoint = "main", style = Style.STEPS)
        public class WithParam {
          @Template @Output(value = "result", defaultValue = "Foobar")
          public static String output() { return "hello world"; }

          @Template public static void exit(String message) { System.out.println(message); }

          @Script(name = "step-1") @Call(template = "output") static void step1() {}

          @Hook(on = "step-1") @Call(template = "exit")
          static void step1Exit(@From(value = "step-1", output = "result") String message) {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "with-param");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
            - - name: step-1
                template: output
                hooks:
                  exit:
                    template: exit
                    arguments:
                      parameters:
                      - name: message
                        value: "{{steps.step-1.outputs.parameters.result}}"
        """);
    assertThat(manifest).doesNotContain("step1-exit");
  }

  @Test
  void oneStubHooksSeveralTasksAndTheWorkflow() {
    JavaFileObject source = java("Dag", """
        @Workflow(name = "dag")
        public class Dag {
          @Template public static void cleanup() {}
          @Template public static void notify(String status) {}

          @Script public static String a() { return "a"; }
          @Script public static void b(@From("a") String a) {}

          @Hook(on = {"a", "b"}) @Call(template = "cleanup") static void cleanupAfter() {}

          @Hook(name = "running", expression = "workflow.status == \\"Running\\"") @Call(template = "notify")
          static void whileRunning(@Value("{{workflow.status}}") String status) {}

          @Hook @Call(template = "notify") static void atTheEnd(@Value("{{workflow.status}}") String status) {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "dag");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
          hooks:
            running:
              template: notify
              arguments:
                parameters:
                - name: status
                  value: "{{workflow.status}}"
              expression: workflow.status == "Running"
            exit:
              template: notify
        """);
    assertThat(manifest).contains("""
              - name: a
                template: a
                hooks:
                  exit:
                    template: cleanup
              - name: b
                template: b
                depends: a
                arguments:
                  parameters:
                  - name: a
                    value: "{{tasks.a.outputs.result}}"
                hooks:
                  exit:
                    template: cleanup
        """);
  }

  @Test
  void hookOutsideAWorkflow() {
    JavaFileObject source = java("Plain", """
        public class Plain {
          @Hook @Call(template = "x") static void cleanup() {}
        }
        """);
    assertThat(Compile.expecting(HOOK_OUTSIDE_WORKFLOW).withImage(source))
        .hadErrorContaining("Plain is not a @Workflow").inFile(source).onLineContaining("@Hook");
  }

  @Test
  void hookOnAScript() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static void load() {}
          @Script @Hook(on = "load") public static void cleanup() {}
        }
        """);
    assertThat(Compile.expecting(HOOK_ON_STEP).withImage(source))
        .hadErrorContaining("cleanup() is both a @Script and a @Hook").inFile(source).onLineContaining("@Hook");
  }

  @Test
  void hookWithoutCall() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static void load() {}
          @Hook(on = "load") static void cleanup() {}
        }
        """);
    assertThat(Compile.expecting(HOOK_WITHOUT_CALL).withImage(source))
        .hadErrorContaining("@Hook cleanup() runs nothing: add @Call(template = \"…\")")
        .inFile(source).onLineContaining("@Hook");
  }

  @Test
  void unknownHookedStep() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Template public static void cleanup() {}
          @Script public static void load() {}
          @Hook(on = "lod") @Call(template = "cleanup") static void afterLoad() {}
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_HOOKED_STEP).withImage(source))
        .hadErrorContaining("@Hook(on) names no step 'lod' of Etl; did you mean 'load'?")
        .inFile(source).onLineContaining("\"lod\"");
  }

  @Test
  void hookWithoutExpression() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Template public static void notify() {}
          @Script public static void load() {}
          @Hook(on = "load", name = "running") @Call(template = "notify") static void loading() {}
        }
        """);
    assertThat(Compile.expecting(HOOK_WITHOUT_EXPRESSION).withImage(source))
        .hadErrorContaining("the hook 'running' of loading() has no expression")
        .inFile(source).onLineContaining("name = \"running\"");
  }

  @Test
  void invalidHookExpression() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Template public static void notify() {}
          @Script public static void load() {}
          @Hook(name = "running", expression = "workflow.status = \\"Running\\"") @Call(template = "notify")
          static void running() {}
        }
        """);
    assertThat(Compile.expecting(INVALID_HOOK_EXPRESSION).withImage(source))
        .hadErrorContaining("of @Hook does not parse").inFile(source).onLineContaining("expression =");
  }

  @Test
  void twoHooksOfOneName() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Template public static void cleanup() {}
          @Script public static void load() {}
          @Hook(on = "load") @Call(template = "cleanup") static void first() {}
          @Hook(on = "load") @Call(template = "cleanup") static void second() {}
        }
        """);
    assertThat(Compile.expecting(DUPLICATE_HOOK).withImage(source))
        .hadErrorContaining("step load has two hooks named 'exit', here and in first()")
        .inFile(source).onLineContaining("void second()");
  }

  @Test
  void onExitAndAWorkflowExitHook() {
    JavaFileObject source = java("Etl", """
        @Workflow(onExit = "cleanup")
        public class Etl {
          @Template public static void cleanup() {}
          @Script public static void load() {}
          @Hook @Call(template = "cleanup") static void atTheEnd() {}
        }
        """);
    assertThat(Compile.expecting(TWO_EXIT_HANDLERS).withImage(source))
        .hadErrorContaining("Etl has two exit handlers: @Workflow(onExit = \"cleanup\") and @Hook atTheEnd(); keep one")
        .inFile(source).onLineContaining("atTheEnd");
  }

  @Test
  void aHookReadsALaterStep() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Template public static void report(String rows) {}
          @Script public static String extract() { return ""; }
          @Script public static String load(@From("extract") String rows) { return rows; }
          @Hook(on = "extract") @Call(template = "report") static void afterExtract(@From("load") String rows) {}
        }
        """);
    assertThat(Compile.expecting(HOOK_READS_LATER_STEP).withImage(source))
        .hadErrorContaining("hook afterExtract() reads step 'load', which has not run when the hook of 'extract' does")
        .inFile(source).onLineContaining("afterExtract");
  }

  @Test
  void aHookReadsItsStepsResult() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Template public static void report(String rows, String code) {}
          @Script public static String load() { return ""; }
          @Hook(on = "load") @Call(template = "report")
          static void afterLoad(@From("load") String rows, @Value("{{tasks.load.exitCode}}") String code) {}
        }
        """);
    Compilation compilation = Compile.expecting(HOOK_READS_OWN_RESULT, HOOK_READS_OWN_RESULT).withImage(source);
    assertThat(compilation).hadErrorContaining("hook afterLoad() reads the result of step 'load', which Argo does not"
        + " give that step's hook").inFile(source).onLineContaining("@From(\"load\")");
    assertThat(compilation).hadErrorContaining("hook afterLoad() reads {{tasks.load.exitCode}} of step 'load'")
        .inFile(source).onLineContaining("@From(\"load\")");
  }

  @Test
  void aWorkflowHookReadsAStep() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Template public static void report(String rows) {}
          @Script public static String load() { return ""; }
          @Hook @Call(template = "report") static void atTheEnd(@From("load") String rows) {}
        }
        """);
    assertThat(Compile.expecting(HOOK_READS_LATER_STEP).withImage(source))
        .hadErrorContaining("hook atTheEnd() hooks the workflow, whose steps it cannot read ('load')")
        .inFile(source).onLineContaining("atTheEnd");
  }

  @Test
  void aHookDoesNotLoop() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Template public static void cleanup(int n) {}
          @Script public static void load() {}
          @Hook(on = "load") @Sequence(count = "3") @Call(template = "cleanup") static void afterLoad(@Item int n) {}
        }
        """);
    assertThat(Compile.expecting(HOOK_LOOP).withImage(source))
        .hadErrorContaining("hook afterLoad() has @Sequence, but a hook runs its template once")
        .inFile(source).onLineContaining("@Sequence");
  }
}
