package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.CALL_MISSING_INPUT;
import static dev.jera.processor.diagnostic.MessageId.ENTRY_INPUT_WITHOUT_PARAM;
import static dev.jera.processor.diagnostic.MessageId.FILE_PARAM_ATTRIBUTE;
import static dev.jera.processor.diagnostic.MessageId.FILE_PARAM_OUTSIDE_GRAPH;
import static dev.jera.processor.diagnostic.MessageId.GRAPH_NAME_ON_WORKFLOW;
import static dev.jera.processor.diagnostic.MessageId.GRAPH_OUTPUT_EXPRESSION;
import static dev.jera.processor.diagnostic.MessageId.GRAPH_OUTPUT_SOURCE;
import static dev.jera.processor.diagnostic.MessageId.GRAPH_OUTPUT_UNKNOWN_STEP;
import static dev.jera.processor.diagnostic.MessageId.GRAPH_OUTPUT_WITHOUT_VALUE;
import static dev.jera.processor.diagnostic.MessageId.NESTED_GRAPH_WITHOUT_STEPS;
import static dev.jera.processor.diagnostic.MessageId.PARAM_TYPE;
import static dev.jera.processor.diagnostic.MessageId.TEMPLATE_NAME_CLASH;
import static dev.jera.processor.diagnostic.MessageId.UNCALLED_GRAPH;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_OUTPUT;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_PARAM;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.UNUSED_PARAM;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Nested {@code @Graph} classes: further dag or steps templates of a workflow, called by its steps. */
class NestedGraphsTest {
  private static final String ECHO = """
        @Template public static void echo(String message) { System.out.println(message); }
      """;

  private static JavaFileObject diamond(String graphBody, String mainBody) {
    return java("Diamond", """
        @Workflow(name = "diamond", entrypoint = "diamond")
        public class Diamond {
        """ + ECHO + """
          @Graph(name = "nested-diamond")
          @Param("message")
          static class NestedDiamond {
        """ + graphBody + """
          }
        """ + mainBody + """
        }
        """);
  }

  @Test
  void aNestedGraphIsATemplateWithItsInputsThatStepsCall() {
    JavaFileObject source = diamond("""
            @Script(name = "A") @Call(template = "echo")
            static void a(@Value("{{inputs.parameters.message}}A") String message) {}
            @Script(name = "B", after = "A") @Call(template = "echo")
            static void b(@Param("message") String message) {}
        """, """
          @Script(name = "A") @Call(template = "nested-diamond") static void a(@Value("A") String message) {}
          @Script(name = "B", after = "A") @Call(template = "nested-diamond") static void b(@Value("B") String message) {}
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "diamond");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
          - name: nested-diamond
            inputs:
              parameters:
              - name: message
            dag:
              tasks:
              - name: A
                template: echo
                arguments:
                  parameters:
                  - name: message
                    value: "{{inputs.parameters.message}}A"
              - name: B
                template: echo
                depends: A
                arguments:
                  parameters:
                  - name: message
                    value: "{{inputs.parameters.message}}"
        """);
    assertThat(manifest).contains("""
              - name: A
                template: nested-diamond
        """);
  }

  @Test
  void aGraphRunsItselfAgainAndItsJavaStepsGetARunnerOfTheirOwn() {
    JavaFileObject source = java("Flip", """
        @Workflow(name = "flip", entrypoint = "coinflip", style = Style.STEPS)
        public class Flip {
          @Graph(name = "coinflip")
          static class Coinflip {
            @Script(name = "flip-coin") public static String flipCoin() { return "heads"; }
            @Script(after = "flip-coin", when = "{{steps.flip-coin.outputs.result}} == tails") @Call(template = "coinflip")
            static void tails() {}
          }
        }
        """);
    Compilation compilation = Compile.withImage(List.of(Compile.RUNNER_SOURCE), source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "flip");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("- name: tails\n        template: coinflip\n");
    assertThat(manifest).contains("Flip_Coinflip_JeraRunner");
    assertThat(Compile.runner(compilation, "test.Flip_Coinflip_JeraRunner")).contains("Flip.Coinflip.flipCoin()");
  }

  @Test
  void aMisspeltInputOfTheGraphIsAnError() {
    JavaFileObject source = diamond("""
            @Script(name = "A") @Call(template = "echo")
            static void a(@Value("{{inputs.parameters.mesage}}A") String message) {}
        """, """
          @Script(name = "A") @Call(template = "nested-diamond") static void a(@Value("A") String message) {}
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("@Graph Diamond.NestedDiamond has no input 'mesage'; did you mean 'message'?")
        .inFile(source).onLineContaining("mesage");
  }

  @Test
  void aParamOfAGraphStepNamesAnInputOfTheGraph() {
    JavaFileObject source = diamond("""
            @Script(name = "A") @Call(template = "echo")
            static void a(@Param("mesage") String message) {}
        """, """
          @Script(name = "A") @Call(template = "nested-diamond") static void a(@Value("A") String message) {}
        """);
    assertThat(Compile.expecting(UNKNOWN_PARAM).withImage(source))
        .hadErrorContaining("did you mean 'message'?")
        .inFile(source).onLineContaining("@Param(\"mesage\")");
  }

  @Test
  void aCallerMustPassTheGraphsInputs() {
    JavaFileObject source = diamond("""
            @Script(name = "A") @Call(template = "echo")
            static void a(@Param("message") String message) {}
        """, """
          @Script(name = "A") @Call(template = "nested-diamond") static void a() {}
        """);
    assertThat(Compile.expecting(CALL_MISSING_INPUT).withImage(source))
        .hadErrorContaining("a() calls template 'nested-diamond' of Diamond without its input message")
        .inFile(source).onLineContaining("static void a() {}");
  }

  @Test
  void aGraphNamedLikeATemplateIsAnError() {
    JavaFileObject source = java("Clash", """
        @Workflow(name = "clash", entrypoint = "main")
        public class Clash {
          @Template public static void echo(String message) {}
          @Graph(name = "echo")
          static class Echo {
            @Script @Call(template = "echo") static void say(@Value("hi") String message) {}
          }
          @Script @Call(template = "echo") static void first(@Value("hi") String message) {}
        }
        """);
    assertThat(Compile.expecting(TEMPLATE_NAME_CLASH).withImage(source))
        .hadErrorContaining("template name 'echo' is used by @Graph Clash.Echo and by @Template echo()")
        .inFile(source).onLineContaining("@Template public static void echo");
  }

  @Test
  void aGraphNobodyCallsDrawsAWarning() {
    JavaFileObject source = diamond("""
            @Script(name = "A") @Call(template = "echo")
            static void a(@Param("message") String message) {}
        """, """
          @Script(name = "A") @Call(template = "echo") static void a(@Value("A") String message) {}
        """);
    assertThat(Compile.expecting(UNCALLED_GRAPH).withImage(source))
        .hadWarningContaining("@Graph Diamond.NestedDiamond ('nested-diamond') is never called")
        .inFile(source).onLineContaining("@Graph(name = \"nested-diamond\")");
  }

  @Test
  void aGraphWithoutStepsIsAnError() {
    JavaFileObject source = diamond("", """
          @Script(name = "A") @Call(template = "nested-diamond") static void a(@Value("A") String message) {}
          @Script(name = "B") @Call(template = "echo") static void b(@Value("B") String message) {}
        """);
    assertThat(Compile.expecting(NESTED_GRAPH_WITHOUT_STEPS).withImage(source))
        .hadErrorContaining("@Graph Diamond.NestedDiamond ('nested-diamond') has no steps")
        .inFile(source).onLineContaining("@Graph(name = \"nested-diamond\")");
  }

  @Test
  void theWorkflowsOwnGraphIsNamedByTheWorkflow() {
    JavaFileObject source = java("Own", """
        @Workflow(name = "own", entrypoint = "main")
        @Graph(name = "other")
        public class Own {
          @Script public static void a() {}
        }
        """);
    assertThat(Compile.expecting(GRAPH_NAME_ON_WORKFLOW).withImage(source))
        .hadErrorContaining("@Graph(name) on the @Workflow class Own: the workflow's own graph is named by @Workflow(entrypoint)")
        .inFile(source).onLineContaining("@Graph(name = \"other\")");
  }

  @Test
  void anEntryGraphsInputsNeedWorkflowParameters() {
    JavaFileObject source = java("Entry", """
        @Workflow(name = "entry", entrypoint = "loop")
        public class Entry {
          @Template public static void echo(String message) {}
          @Graph(name = "loop")
          @Param("message")
          static class Loop {
            @Script @Call(template = "echo") static void say(@Param("message") String message) {}
          }
        }
        """);
    assertThat(Compile.expecting(ENTRY_INPUT_WITHOUT_PARAM).withImage(source))
        .hadErrorContaining("the entrypoint loop needs input 'message', but Entry declares no @Param(\"message\")")
        .inFile(source).onLineContaining("entrypoint = \"loop\"");
  }

  @Test
  void aGraphsStepsSeeOnlyTheirOwnGraphsSteps() {
    JavaFileObject source = diamond("""
            @Script(name = "B") @Call(template = "echo")
            static void b(@From("first") String message) {}
        """, """
          @Script public static String first() { return "x"; }
          @Script(after = "first") @Call(template = "nested-diamond") static void a(@Value("A") String message) {}
        """);
    // The graph's input is unused as well: its one step reads the (unreachable) step instead.
    assertThat(Compile.expecting(UNKNOWN_SCRIPT, UNUSED_PARAM).withImage(source))
        .hadErrorContaining("'first'")
        .inFile(source).onLineContaining("@From(\"first\")");
  }

  private static JavaFileObject withOutputs(String outputs) {
    return java("Nested", """
        @Workflow(name = "nested", entrypoint = "main", style = Style.STEPS)
        public class Nested {
          @Template public static void consume(String value) { System.out.println(value); }
          @Graph(name = "nested-wf")
        """ + outputs + """
          static class NestedWf {
            @Script public static String generate() { return "my-output-parameter"; }
            @Script public static void log() {}
          }
          @Script(name = "nested-wf") @Call(template = "nested-wf") static void nestedWf() {}
          @Script(after = "nested-wf") @Call(template = "consume")
          static void consumeIt(@From(value = "nested-wf", output = "out") String value) {}
        }
        """);
  }

  @Test
  void aGraphsOutputsComeFromItsStepsAndCallersReadThem() {
    JavaFileObject source = withOutputs("""
          @Output(value = "out", from = "generate")
          @Output(value = "picked", expression = "steps.generate.outputs.result + '!'")
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "nested");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
            outputs:
              parameters:
              - name: out
                valueFrom:
                  parameter: "{{steps.generate.outputs.result}}"
              - name: picked
                valueFrom:
                  expression: steps.generate.outputs.result + '!'
        """);
    assertThat(manifest).contains("value: \"{{steps.nested-wf.outputs.parameters.out}}\"");
  }

  @Test
  void aGraphOutputFromAStepTheGraphHasNotIsAnError() {
    JavaFileObject source = withOutputs("""
          @Output(value = "out", from = "genrate")
        """);
    assertThat(Compile.expecting(GRAPH_OUTPUT_UNKNOWN_STEP).withImage(source))
        .hadErrorContaining("@Output(from = \"genrate\") of Nested.NestedWf: Nested.NestedWf has no step 'genrate'; did you mean 'generate'?")
        .inFile(source).onLineContaining("from = \"genrate\"");
  }

  @Test
  void aGraphOutputNeedsFromOrExpressionNotBoth() {
    JavaFileObject source = withOutputs("""
          @Output(value = "out", from = "generate", expression = "steps.generate.outputs.result")
        """);
    assertThat(Compile.expecting(GRAPH_OUTPUT_SOURCE).withImage(source))
        .hadErrorContaining("@Output 'out' of Nested.NestedWf needs where its value comes from")
        .inFile(source).onLineContaining("@Output(value = \"out\"");
  }

  @Test
  void aGraphOutputsExpressionMustParse() {
    JavaFileObject source = withOutputs("""
          @Output(value = "out", expression = "steps.generate.outputs.result ==")
        """);
    assertThat(Compile.expecting(GRAPH_OUTPUT_EXPRESSION).withImage(source))
        .hadErrorContaining("@Output(expression) of Nested.NestedWf: 'steps.generate.outputs.result ==' does not parse at column")
        .inFile(source).onLineContaining("expression = \"steps.generate.outputs.result ==\"");
  }

  @Test
  void aGraphOutputFromAVoidStepIsAnError() {
    JavaFileObject source = withOutputs("""
          @Output(value = "out", from = "log")
        """);
    assertThat(Compile.expecting(GRAPH_OUTPUT_WITHOUT_VALUE).withImage(source))
        .hadErrorContaining("takes the result of log(), which returns nothing")
        .inFile(source).onLineContaining("from = \"log\"");
  }

  @Test
  void readingAnOutputTheGraphHasNotIsAnError() {
    JavaFileObject source = withOutputs("""
          @Output(value = "outt", from = "generate")
        """);
    assertThat(Compile.expecting(UNKNOWN_OUTPUT).withImage(source))
        .hadErrorContaining("did you mean 'outt'?")
        .inFile(source).onLineContaining("output = \"out\"");
  }

  @Test
  void aTemplateCarriesItsAnnotationsAndTheirTagsAreChecked() {
    JavaFileObject good = java("Named", """
        @Workflow(name = "named", entrypoint = "show")
        @Param(value = "image", defaultValue = "debian")
        public class Named {
          @Template(annotations = "workflows.argoproj.io/display-name=os-{{inputs.parameters.image}}")
          public static void show(String image) {}
        }
        """);
    Compilation compilation = Compile.withImage(good);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "named");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
            annotations:
              workflows.argoproj.io/display-name: "os-{{inputs.parameters.image}}"
        """);
    JavaFileObject bad = java("Named", """
        @Workflow(name = "named", entrypoint = "show")
        @Param(value = "image", defaultValue = "debian")
        public class Named {
          @Template(annotations = "workflows.argoproj.io/display-name=os-{{inputs.parameters.imag}}")
          public static void show(String image) {}
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(bad))
        .hadErrorContaining("did you mean 'image'?")
        .inFile(bad).onLineContaining("display-name=os-");
  }

  private static JavaFileObject relay(String graphAnnotations, String graphStep, String caller) {
    return java("Relay", """
        import java.nio.file.Files;
        import java.nio.file.Path;
        @Workflow(name = "relay", entrypoint = "main", style = Style.STEPS)
        public class Relay {
          @Template public static @Output("art") Path make() throws java.io.IOException { return Files.createTempFile("a", ".txt"); }
          @Template public static void show(Path art) {}
          @Graph(name = "relay", style = Style.STEPS)
        """ + graphAnnotations + """
          static class Inner {
        """ + graphStep + """
          }
          @Script(name = "make") @Call(template = "make") static void makeStep() {}
        """ + caller + """
        }
        """);
  }

  @Test
  void aGraphTakesAnInputFileAndHandsItOn() {
    JavaFileObject source = relay("""
          @Param(value = "art", type = Path.class)
        """, """
            @Script(name = "show") @Call(template = "show")
            static void show(@Value("{{inputs.artifacts.art}}") Path art) {}
        """, """
          @Script(name = "relay", after = "make") @Call(template = "relay")
          static void relayStep(@From(value = "make", output = "art") Path art) {}
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "relay");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
          - name: relay
            inputs:
              artifacts:
              - name: art
            steps:
            - - name: show
                template: show
                arguments:
                  artifacts:
                  - name: art
                    from: "{{inputs.artifacts.art}}"
        """);
    assertThat(manifest).contains("""
            - - name: relay
                template: relay
                arguments:
                  artifacts:
                  - name: art
                    from: "{{steps.make.outputs.artifacts.art}}"
        """);
  }

  @Test
  void aGraphsInputFileIsCheckedByName() {
    JavaFileObject source = relay("""
          @Param(value = "art", type = Path.class)
        """, """
            @Script(name = "show") @Call(template = "show")
            static void show(@Value("{{inputs.artifacts.arts}}") Path art) {}
        """, """
          @Script(name = "relay", after = "make") @Call(template = "relay")
          static void relayStep(@From(value = "make", output = "art") Path art) {}
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("@Graph Relay.Inner has no input file 'arts'; did you mean 'art'?")
        .inFile(source).onLineContaining("{{inputs.artifacts.arts}}");
  }

  @Test
  void aCallerMustPassAGraphsInputFile() {
    JavaFileObject source = relay("""
          @Param(value = "art", type = Path.class)
        """, """
            @Script(name = "show") @Call(template = "show")
            static void show(@Value("{{inputs.artifacts.art}}") Path art) {}
        """, """
          @Script(name = "relay", after = "make") @Call(template = "relay")
          static void relayStep() {}
        """);
    assertThat(Compile.expecting(CALL_MISSING_INPUT).withImage(source))
        .hadErrorContaining("relayStep() calls template 'relay' of Relay without its input art")
        .inFile(source).onLineContaining("@Call(template = \"relay\")");
  }

  @Test
  void anInputFileIsAGraphsAndHasNoValueAttributes() {
    JavaFileObject onWorkflow = java("Files", """
        import java.nio.file.Path;
        @Workflow(name = "files", entrypoint = "show")
        @Param(value = "art", type = Path.class)
        public class Files {
          @Template public static void show() {}
        }
        """);
    assertThat(Compile.expecting(FILE_PARAM_OUTSIDE_GRAPH).withImage(onWorkflow))
        .hadErrorContaining("'art' on Files is a file (type = Path.class), which only a @Graph class declares as its input")
        .inFile(onWorkflow).onLineContaining("type = Path.class");
    JavaFileObject withDefault = relay("""
          @Param(value = "art", type = Path.class, defaultValue = "x")
        """, """
            @Script(name = "show") @Call(template = "show")
            static void show(@Value("{{inputs.artifacts.art}}") Path art) {}
        """, """
          @Script(name = "relay", after = "make") @Call(template = "relay")
          static void relayStep(@From(value = "make", output = "art") Path art) {}
        """);
    assertThat(Compile.expecting(FILE_PARAM_ATTRIBUTE).withImage(withDefault))
        .hadErrorContaining("'art' is an input file (type = Path.class), which has no defaultValue")
        .inFile(withDefault).onLineContaining("defaultValue = \"x\"");
    JavaFileObject number = java("Counted", """
        @Workflow(name = "counted", entrypoint = "main")
        public class Counted {
          @Template public static void echo(String message) {}
          @Graph(name = "inner")
          @Param(value = "count", type = Integer.class)
          static class Inner {
            @Script(name = "echo") @Call(template = "echo") static void echo(@Value("{{inputs.parameters.count}}") String message) {}
          }
          @Script(name = "inner") @Call(template = "inner") static void inner(@Value("1") String count) {}
        }
        """);
    assertThat(Compile.expecting(PARAM_TYPE).withImage(number))
        .hadErrorContaining("@Param(type = Integer.class) of 'count' declares neither a value nor a file")
        .inFile(number).onLineContaining("type = Integer.class");
  }

  private static JavaFileObject memoized(String key) {
    return java("Memo", """
        @Workflow(name = "memo", entrypoint = "main")
        public class Memo {
          @Template public static void echo(String message) {}
          @Graph(name = "inner")
          @Param("message")
        """ + "  @Memoize(key = \"" + key + "\", maxAge = \"120s\", cache = \"memos\")\n" + """
          static class Inner {
            @Script(name = "A") @Call(template = "echo") static void a(@Value("{{inputs.parameters.message}}") String message) {}
          }
          @Script(name = "inner") @Call(template = "inner") static void inner(@Value("x") String message) {}
        }
        """);
  }

  @Test
  void aGraphIsMemoizedByAKeyOverItsInputs() {
    Compilation compilation = Compile.withImage(memoized("{{inputs.parameters.message}}"));
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "memo");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
            memoize:
              key: "{{inputs.parameters.message}}"
              maxAge: 120s
              cache:
                configMap:
                  name: memos
        """);
    JavaFileObject typo = memoized("{{inputs.parameters.mesage}}");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(typo))
        .hadErrorContaining("did you mean 'message'?")
        .inFile(typo).onLineContaining("@Memoize(key");
  }
}
