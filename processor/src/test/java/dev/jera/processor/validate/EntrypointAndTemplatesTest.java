package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.CALL_INPUT_TYPE;
import static dev.jera.processor.diagnostic.MessageId.CALL_MISSING_INPUT;
import static dev.jera.processor.diagnostic.MessageId.CALL_RESULT_TYPE;
import static dev.jera.processor.diagnostic.MessageId.CALL_UNKNOWN_INPUT;
import static dev.jera.processor.diagnostic.MessageId.DEFAULT_NOT_PARSING;
import static dev.jera.processor.diagnostic.MessageId.ENTRYPOINT_SKIPS_STEPS;
import static dev.jera.processor.diagnostic.MessageId.ENTRY_INPUT_WITHOUT_PARAM;
import static dev.jera.processor.diagnostic.MessageId.INVALID_TEMPLATE_NAME;
import static dev.jera.processor.diagnostic.MessageId.NO_SCRIPTS;
import static dev.jera.processor.diagnostic.MessageId.RESERVED_STEP_NAME;
import static dev.jera.processor.diagnostic.MessageId.STUB_TEMPLATE_SETTING;
import static dev.jera.processor.diagnostic.MessageId.TEMPLATE_AND_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.TEMPLATE_INPUT_SOURCE;
import static dev.jera.processor.diagnostic.MessageId.TEMPLATE_NAME_CLASH;
import static dev.jera.processor.diagnostic.MessageId.TEMPLATE_OUTSIDE_WORKFLOW;
import static dev.jera.processor.diagnostic.MessageId.UNCALLED_TEMPLATE;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_ENTRYPOINT;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_CALL;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import dev.jera.processor.testing.YamlReaders;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Workflow(entrypoint)}, {@code @Template} and {@code @Call(template)} of the workflow's own templates. */
class EntrypointAndTemplatesTest {

  private static final JavaFileObject STEPS = java("Steps", """
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

  @Test
  void stepsCallATemplateOfTheirWorkflowWithArguments() {
    Compilation compilation = Compile.withImage(STEPS);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "steps");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("  entrypoint: hello-hello-hello\n");
    assertThat(manifest).contains("""
          - name: hello-hello-hello
            steps:
            - - name: hello1
                template: print-message
                arguments:
                  parameters:
                  - name: message
                    value: hello1
            - - name: hello2a
                template: print-message
        """);
    assertThat(manifest).contains("""
          - name: print-message
            inputs:
              parameters:
              - name: message
            script:
        """);
    // One template however many steps call it; the steps have none of their own.
    assertThat(manifest).containsMatch("(?s)^((?!- name: print-message\\n    inputs).)*- name: print-message\\n    inputs((?!- name: print-message\\n    inputs).)*$");
    assertThat(manifest).doesNotContain("- name: hello1\n    inputs");
    assertThat(manifest).contains("      - test.Steps_JeraRunner\n      - print-message\n");
  }

  @Test
  void theRunnerHasOneEntryPerTemplateAndCallsItDirectly() {
    Compilation compilation = Compile.withImage(List.of(Compile.RUNNER_SOURCE), STEPS);
    String runner = Compile.runner(compilation, "test.Steps_JeraRunner");
    assertThat(runner).contains("super(new String[] {\"hello1\", \"hello2a\", \"hello2b\", \"print-message\"}, \"ttt-\")");
    assertThat(runner).contains("Steps.printMessage(inputs.raw(\"message\"))");
    assertThat(runner).doesNotContain("reflect");
  }

  @Test
  void aLeafEntrypointRunsAloneFedByTheWorkflowsParameters() {
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
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    Map<String, Object> spec = spec(manifest);
    assertThat(spec.get("entrypoint")).isEqualTo("print-message");
    List<?> templates = (List<?>) spec.get("templates");
    assertThat(templates).hasSize(1);
    assertThat(((Map<?, ?>) templates.get(0)).get("name")).isEqualTo("print-message");
  }

  @Test
  void theDefaultEntrypointIsMainAndAGivenOneNamesTheGraph() {
    JavaFileObject source = java("Named", """
        @Workflow(name = "named", entrypoint = "diamond")
        public class Named {
          @Script public static int a() { return 1; }
          @Script public static int main(@From("a") int a) { return a; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "named");
    assertThat(manifest).contains("  entrypoint: diamond\n");
    assertThat(manifest).contains("  - name: diamond\n    dag:\n");
    // A step may take the name main once the graph has another.
    assertThat(manifest).contains("  - name: main\n    inputs:\n");
  }

  @Test
  void aStepMayNotTakeTheGraphsName() {
    JavaFileObject source = java("Named", """
        @Workflow(entrypoint = "diamond")
        public class Named {
          @Script(name = "diamond") public static int a() { return 1; }
        }
        """);
    assertThat(Compile.expecting(RESERVED_STEP_NAME).withImage(source))
        .hadErrorContaining("step name 'diamond' of a() is reserved for the workflow's entry template")
        .inFile(source).onLineContaining("@Script(name = \"diamond\")");
  }

  @Test
  void aWorkflowTemplateWithoutStepsOrEntrypointIsALibraryOfTemplates() {
    JavaFileObject source = java("Inner", """
        @Workflow(name = "workflow-template-inner", kind = Kind.WORKFLOW_TEMPLATE)
        public class Inner {
          @Template public static void printMessage(String message) { System.out.println(message); }
        }
        """);
    JavaFileObject caller = java("Outer", """
        @Workflow(name = "outer")
        public class Outer {
          @Script @Call(workflow = Inner.class, template = "print-message")
          static void hello(@Value("hi") String message) {}
        }
        """);
    Compilation compilation = Compile.withImage(source, caller);
    // Its templates are there for other workflows: none is "never called".
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "workflow-template-inner");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).doesNotContain("entrypoint");
    assertThat(Compile.manifest(compilation, "outer"))
        .contains("templateRef:\n          name: workflow-template-inner\n          template: print-message");
  }

  @Test
  void aTemplatesFixedValueIsNotTheCallersToPass() {
    JavaFileObject source = java("Inner", """
        @Workflow(name = "inner", kind = Kind.WORKFLOW_TEMPLATE)
        public class Inner {
          @Template public static void show(String message, @Value("{{workflow.name}}") String name) {}
        }
        """);
    JavaFileObject caller = java("Outer", """
        @Workflow(name = "outer")
        public class Outer {
          @Script @Call(workflow = Inner.class, template = "show")
          static void hello(@Value("hi") String message, @Value("x") String name) {}
        }
        """);
    assertThat(Compile.expecting(CALL_UNKNOWN_INPUT).withImage(source, caller))
        .hadErrorContaining("parameter 'name' of hello() is not an input of template 'show' of Inner")
        .inFile(caller).onLineContaining("String name");
  }

  @Test
  void aWorkflowNeedsStepsOrAnEntrypoint() {
    JavaFileObject source = java("Empty", """
        @Workflow
        public class Empty {
          @Template public static void printMessage(String message) { System.out.println(message); }
        }
        """);
    Compilation compilation = Compile.expecting(NO_SCRIPTS, UNCALLED_TEMPLATE).withImage(source);
    assertThat(compilation).hadErrorContaining("Empty").inFile(source).onLineContaining("@Workflow");
  }

  @Test
  void templateInputsDeclaredWithParamCarryTheirDefaultEnumAndDescription() {
    JavaFileObject source = java("Declared", """
        @Workflow(name = "declared", entrypoint = "print")
        public class Declared {
          @Template
          public static void print(
              @Param(value = "os-image", defaultValue = "debian:12", allowed = {"debian:12", "alpine:3"},
                  description = "the image") String osImage,
              @Value("{{workflow.name}}") String name) {}
        }
        """);
    Compilation compilation = Compile.withImage(List.of(Compile.RUNNER_SOURCE), source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "declared");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
              - name: os-image
                default: debian:12
                enum:
                - debian:12
                - alpine:3
                description: the image
              - name: name
                value: "{{workflow.name}}"
        """);
    assertThat(Compile.runner(compilation, "test.Declared_JeraRunner")).contains("inputs.raw(\"os-image\")");
  }

  @Test
  void argumentsMatchInputsByNameOrKebabCase() {
    JavaFileObject source = java("Kebab", """
        @Workflow(name = "kebab", entrypoint = "k")
        public class Kebab {
          @Template
          public static void show(@Param("os-image") String image, @Param("package") String pkg,
              @Param(value = "num-1", defaultValue = "1") int n) {}

          @Script @Call(template = "show")
          static void one(@Value("debian") String osImage, @Value("curl") String package_) {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compile.manifest(compilation, "kebab")).contains("""
                  - name: os-image
                    value: debian
                  - name: package
                    value: curl
        """);
  }

  @Test
  void aCallOfAnUnknownTemplateSuggestsOne() {
    JavaFileObject source = java("Steps", """
        @Workflow(entrypoint = "hello")
        public class Steps {
          @Template public static void printMessage(String message) {}
          @Script @Call(template = "print-mesage") static void hello1(@Value("x") String message) {}
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_CALL, UNCALLED_TEMPLATE).withImage(source))
        .hadErrorContaining("no template named 'print-mesage' in Steps; did you mean 'print-message'?")
        .inFile(source).onLineContaining("print-mesage");
  }

  @Test
  void aCallNamingAStepSaysAStepCallsATemplate() {
    JavaFileObject source = java("Steps", """
        @Workflow
        public class Steps {
          @Script public static String gen() { return "x"; }
          @Script @Call(template = "gen") static void hello1() {}
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_CALL).withImage(source))
        .hadErrorContaining("no template named 'gen' in Steps ('gen' is a step; a step calls a @Template)")
        .inFile(source).onLineContaining("@Call(template = \"gen\")");
  }

  @Test
  void argumentsAreCheckedAgainstTheTemplatesInputs() {
    JavaFileObject source = java("Steps", """
        @Workflow
        public class Steps {
          @Template public static int printMessage(String message, int count) { return count; }
          @Script @Call(template = "print-message")
          static String hello1(@Value("x") String mesage, @Value("x") String count) { return null; }
        }
        """);
    Compilation compilation =
        Compile.expecting(CALL_UNKNOWN_INPUT, CALL_INPUT_TYPE, CALL_MISSING_INPUT, CALL_RESULT_TYPE).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("parameter 'mesage' of hello1() is not an input of template 'print-message' of Steps; did you mean 'message'?")
        .inFile(source).onLineContaining("String mesage");
    assertThat(compilation)
        .hadErrorContaining("parameter 'count' of hello1() is String, but input 'count' of template 'print-message' is int")
        .inFile(source).onLineContaining("String mesage");
    assertThat(compilation)
        .hadErrorContaining("hello1() calls template 'print-message' of Steps without its input message")
        .inFile(source).onLineContaining("@Call");
    assertThat(compilation)
        .hadErrorContaining("hello1() returns String, but template 'print-message' returns int")
        .inFile(source).onLineContaining("static String hello1");
  }

  @Test
  void anInputWithADefaultMayBeLeftOut() {
    JavaFileObject source = java("Steps", """
        @Workflow
        public class Steps {
          @Template public static void greet(@Param(value = "name", defaultValue = "world") String name) {}
          @Script @Call(template = "greet") static void hello() {}
        }
        """);
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void aStubLeavesTheTemplatesSettingsToTheTemplate() {
    JavaFileObject source = java("Steps", """
        @Workflow
        public class Steps {
          @Template public static void echo(String message) {}
          @Script(timeout = "1m", image = "busybox:1.36") @Call(template = "echo") @Retry(limit = 2)
          @Env(name = "A", value = "b")
          static void hello(@Value("x") String message) {}
        }
        """);
    Compilation compilation =
        Compile.expecting(STUB_TEMPLATE_SETTING, STUB_TEMPLATE_SETTING, STUB_TEMPLATE_SETTING, STUB_TEMPLATE_SETTING).withImage(source);
    assertThat(compilation).hadErrorContaining("timeout of hello() belongs to the template it calls; set it on @Template echo()")
        .inFile(source).onLineContaining("@Script(timeout");
    assertThat(compilation).hadErrorContaining("@Retry of hello() belongs to the template it calls")
        .inFile(source).onLineContaining("@Script(timeout");
    assertThat(compilation).hadErrorContaining("@Env of hello() belongs to the template it calls")
        .inFile(source).onLineContaining("@Env");
  }

  @Test
  void anEntrypointNamesATemplateOfAClassWithoutSteps() {
    JavaFileObject source = java("HelloWorld", """
        @Workflow(entrypoint = "hello-wrld")
        public class HelloWorld {
          @Template public static void helloWorld() {}
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_ENTRYPOINT, UNCALLED_TEMPLATE).withImage(source))
        .hadErrorContaining("no template named 'hello-wrld' in HelloWorld for the entrypoint; did you mean 'hello-world'?")
        .inFile(source).onLineContaining("hello-wrld");
  }

  @Test
  void aTemplateEntrypointLeavesNoStepsBehind() {
    JavaFileObject source = java("HelloWorld", """
        @Workflow(entrypoint = "hello-world")
        public class HelloWorld {
          @Template public static void helloWorld() {}
          @Script public static void print1() {}
          @Script public static void print2() {}
        }
        """);
    assertThat(Compile.expecting(ENTRYPOINT_SKIPS_STEPS).withImage(source))
        .hadErrorContaining("HelloWorld's entrypoint 'hello-world' is @Template helloWorld(), so its steps print1() and"
            + " print2() never run; make them @Template, or give the steps' graph another name with entrypoint")
        .inFile(source).onLineContaining("@Workflow");
  }

  @Test
  void theEntrypointsInputsNeedAParameterOrADefault() {
    JavaFileObject source = java("ArgumentsParameters", """
        @Workflow(entrypoint = "print-message")
        public class ArgumentsParameters {
          @Template public static void printMessage(String message) {}
        }
        """);
    assertThat(Compile.expecting(ENTRY_INPUT_WITHOUT_PARAM).withImage(source))
        .hadErrorContaining("the entrypoint print-message needs input 'message', but ArgumentsParameters declares no"
            + " @Param(\"message\"); declare it on the class, or give the input a default")
        .inFile(source).onLineContaining("@Workflow");
  }

  @Test
  void theWorkflowParameterFeedingAnEntryInputDecodesIntoItsType() {
    JavaFileObject source = java("Count", """
        @Workflow(entrypoint = "count")
        @Param(value = "n", defaultValue = "12x")
        public class Count {
          @Template public static void count(int n) {}
        }
        """);
    assertThat(Compile.expecting(DEFAULT_NOT_PARSING).withImage(source))
        .hadErrorContaining("default value '12x' of workflow parameter 'n' is not a valid int")
        .inFile(source).onLineContaining("12x");
  }

  @Test
  void aTemplateInputsDefaultDecodesIntoItsType() {
    JavaFileObject source = java("Count", """
        @Workflow(entrypoint = "count")
        public class Count {
          @Template public static void count(@Param(value = "n", defaultValue = "12x") int n) {}
        }
        """);
    assertThat(Compile.expecting(DEFAULT_NOT_PARSING).withImage(source))
        .hadErrorContaining("@Param(defaultValue) on parameter 'n' of count(): '12x' is not a valid int")
        .inFile(source).onLineContaining("12x");
  }

  @Test
  void templateNamesAreValidAndOneNamespace() {
    JavaFileObject source = java("Names", """
        @Workflow
        public class Names {
          @Template(name = "print_message") public static void one() {}
          @Template(name = "load") public static void two() {}
          @Script public static void load() {}
          @Script @Call(template = "print_message") static void a() {}
          @Script @Call(template = "load") static void b() {}
        }
        """);
    Compilation compilation = Compile.expecting(INVALID_TEMPLATE_NAME, TEMPLATE_NAME_CLASH).withImage(source);
    assertThat(compilation).hadErrorContaining("template name 'print_message' of @Template one() is not a name Argo accepts")
        .inFile(source).onLineContaining("print_message\") public");
    assertThat(compilation).hadErrorContaining(
            "template name 'load' is used by step load() and by @Template two(); template names are one namespace per workflow")
        .inFile(source).onLineContaining("@Template(name = \"load\")");
  }

  @Test
  void anEntrypointIsATemplateName() {
    JavaFileObject source = java("Names", """
        @Workflow(entrypoint = "-main")
        public class Names {
          @Script public static void load() {}
        }
        """);
    assertThat(Compile.expecting(INVALID_TEMPLATE_NAME).withImage(source))
        .hadErrorContaining("template name '-main' of the entrypoint is not a name Argo accepts")
        .inFile(source).onLineContaining("-main");
  }

  @Test
  void aTemplatesInputsComeFromItsCaller() {
    JavaFileObject source = java("Sources", """
        @Workflow(entrypoint = "echo")
        public class Sources {
          @Template public static void echo(@From("gen") String message) {}
        }
        """);
    assertThat(Compile.expecting(TEMPLATE_INPUT_SOURCE).withImage(source))
        .hadErrorContaining("@From on parameter 'message' of @Template echo(): a template's inputs are passed by the step that calls it")
        .inFile(source).onLineContaining("@From");
  }

  @Test
  void aTemplateIsNotAScriptAndLivesInAWorkflow() {
    JavaFileObject both = java("Both", """
        @Workflow(entrypoint = "echo")
        public class Both {
          @Script @Template public static void echo() {}
        }
        """);
    assertThat(Compile.expecting(TEMPLATE_AND_SCRIPT, RESERVED_STEP_NAME).withImage(both))
        .hadErrorContaining("echo() is both a @Script and a @Template")
        .inFile(both).onLineContaining("@Template");
    JavaFileObject stray = java("Plain", """
        public class Plain {
          @Template public static void echo() {}
        }
        """);
    assertThat(Compile.expecting(TEMPLATE_OUTSIDE_WORKFLOW).withImage(stray))
        .hadErrorContaining("@Template echo() is in Plain, which is not a @Workflow")
        .inFile(stray).onLineContaining("@Template");
  }

  @Test
  void anExitHandlerMayBeATemplateWithItsOwnValues() {
    JavaFileObject source = java("Slack", """
        @Workflow(name = "slack", entrypoint = "say-hello", onExit = "exit-handler")
        public class Slack {
          @Template public static void sayHello() {}
          @Template public static void exitHandler(@Value("{{workflow.status}}") String status) {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "slack");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("  entrypoint: say-hello\n  onExit: exit-handler\n");
    assertThat(manifest).contains("""
          - name: exit-handler
            inputs:
              parameters:
              - name: status
                value: "{{workflow.status}}"
        """);
  }

  @Test
  void anExitHandlerTemplatesInputsNeedAParameterOrADefault() {
    JavaFileObject source = java("Slack", """
        @Workflow(entrypoint = "say-hello", onExit = "exit-handler")
        public class Slack {
          @Template public static void sayHello() {}
          @Template public static void exitHandler(String channel) {}
        }
        """);
    assertThat(Compile.expecting(ENTRY_INPUT_WITHOUT_PARAM).withImage(source))
        .hadErrorContaining("the exit handler exit-handler needs input 'channel', but Slack declares no @Param(\"channel\")")
        .inFile(source).onLineContaining("onExit = \"exit-handler\"");
  }

  @Test
  void anUnknownExitHandlerSuggestsATemplate() {
    JavaFileObject source = java("Slack", """
        @Workflow(entrypoint = "say-hello", onExit = "exit-handlr")
        public class Slack {
          @Template public static void sayHello() {}
          @Template public static void exitHandler() {}
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_SCRIPT, UNCALLED_TEMPLATE).withImage(source))
        .hadErrorContaining("no script named 'exit-handlr' in Slack; did you mean 'exit-handler'?")
        .inFile(source).onLineContaining("exit-handlr");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(String manifest) {
    return (Map<String, Object>) ((Map<String, Object>) YamlReaders.yaml12(manifest)).get("spec");
  }
}
