package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.INVALID_EXPRESSION;
import static dev.jera.processor.diagnostic.MessageId.NOT_EVALUATED_LOCALLY;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_FUNCTION;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Expression tags ({@code {{= … }}}), labelsFrom and graph outputs: what Argo finds only at run time. */
class ExpressionRulesTest {
  private static JavaFileObject report(String value) {
    return java("Report", "@Workflow(name = \"report\")\n@Param(value = \"config\", defaultValue = \"{}\")\n"
        + "public class Report {\n"
        + "  @Script\n  public static String one(@Param(\"config\") String config) { return config; }\n"
        + "  @Script(after = \"one\")\n  public static String two(\n"
        + "      @Value(\"" + value.replace("\"", "\\\"") + "\") String value) { return value; }\n}\n");
  }

  @Test
  void anExpressionThatDoesNotParseSaysWhere() {
    JavaFileObject source = report("{{= asInt(tasks.one.outputs.result) * }}");
    assertThat(Compile.expecting(INVALID_EXPRESSION).withImage(source))
        .hadErrorContaining("{{=asInt(tasks.one.outputs.result) *}} in @Value of parameter 'value' of two() does not parse at"
            + " column 34 of the expression: unexpected end of the expression; write an expr-lang expression")
        .inFile(source).onLineContaining("@Value");
  }

  @Test
  void aFunctionArgoDoesNotHaveIsAnErrorWithTheNearest() {
    JavaFileObject source = report("{{= jsonpth(workflow.parameters.config, '$.a') }}");
    assertThat(Compile.expecting(UNKNOWN_FUNCTION).withImage(source))
        .hadErrorContaining("calls jsonpth(), which Argo's expressions do not have; did you mean 'jsonpath'?")
        .inFile(source).onLineContaining("@Value");
  }

  @Test
  void aFunctionTheLocalExecutorDoesNotEvaluateIsAWarning() {
    JavaFileObject source = report("{{= sprig.regexFind('a+', tasks.one.outputs.result) }}");
    assertThat(Compile.expecting(NOT_EVALUATED_LOCALLY).withImage(source))
        .hadWarningContaining("calls sprig.regexFind(), which the local executor does not evaluate, so a local run refuses"
            + " the workflow; the workflow still runs on Argo")
        .inFile(source).onLineContaining("@Value");
  }

  @Test
  void aHyphenatedNameIsASubtraction() {
    JavaFileObject source = java("Flip", """
        @Workflow(name = "flip")
        public class Flip {
          @Script(name = "flip-coin") public static String flipCoin() { return "heads"; }
          @Script(after = "flip-coin", when = "{{= tasks.flip-coin.outputs.result == 'heads' }}")
          public static String heads() { return "heads"; }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("tasks.flip-coin parses as tasks.flip - coin in an expression; write tasks['flip-coin']")
        .inFile(source).onLineContaining("when =");
  }

  @Test
  void variablesResolveAsSimpleTagsDo() {
    JavaFileObject source = report("{{= tasks.oen.outputs.result ?? 'x' }}");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("no step named 'oen'")
        .inFile(source).onLineContaining("@Value");
    JavaFileObject parameter = report("{{= jsonpath(workflow.parameters['confg'], '$.a') }}");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(parameter))
        .hadErrorContaining("did you mean 'config'?")
        .inFile(parameter).onLineContaining("@Value");
  }

  @Test
  void closuresLetMapsAndSprigCompileWithoutWarnings() {
    JavaFileObject source = report("{{= let temps = jsonpath(workflow.parameters.config, '$.t'); map([temps], {"
        + " toJson({avg: sprig.add(#[0], #[1]) / 2, max: sprig.max(#[0], #[1])}) })[0] + toJson(filter([1, 3], {# > 1}))"
        + " + (tasks.one.outputs.result ?? '') + string(jsonpath(workflow.parameters.json, '$[0].value') == 'true') }}");
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void labelsFromParsesAndCallsKnownFunctions() {
    JavaFileObject source = java("Report", """
        @Workflow(name = "report", labelsFrom = "env=sprig.lower(workflow.parameters.env) +")
        @Param(value = "env", defaultValue = "dev")
        public class Report {
          @Script public static String one(@Param("env") String env) { return env; }
        }
        """);
    assertThat(Compile.expecting(INVALID_EXPRESSION).withImage(source))
        .hadErrorContaining("the expression 'sprig.lower(workflow.parameters.env) +' in labelsFrom 'env' does not parse at column 39 of the expression")
        .inFile(source).onLineContaining("labelsFrom");
  }

  @Test
  void aGraphOutputExpressionCallsKnownFunctions() {
    JavaFileObject source = java("Fallback", """
        @Workflow(name = "fallback", entrypoint = "main")
        public class Fallback {
          @Template @Output("msg") public static String produce() { return "v"; }
          @Graph(name = "main")
          @Output(value = "result", expression = "tasks.producer.outputs.parameters.msg ?? sprig.defualt('x', '')")
          static class Main {
            @Script(name = "producer", when = "false") @Call(template = "produce") static void producer() {}
          }
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_FUNCTION).withImage(source))
        .hadErrorContaining("calls sprig.defualt(), which Argo's expressions do not have; did you mean 'sprig.default'?")
        .inFile(source).onLineContaining("expression =");
  }

  @Test
  void forEachMayBeOneTagAndItsExpressionIsChecked() {
    JavaFileObject source = java("Tens", """
        @Workflow(name = "tens")
        public class Tens {
          @Script public static String count() { return "[1, 3]"; }
          @Script(forEach = "{{= toJson(filter(fromJSON(tasks.count.outputs.result), {# > 1})) }}")
          public static long tenfold(@Value("{{= asInt(item) * 10 }}") String tenfold) { return Long.parseLong(tenfold); }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    com.google.common.truth.Truth.assertThat(Compile.manifest(compilation, "tens"))
        .containsMatch("- name: tenfold\n\\s+template: tenfold\n\\s+depends: count\n(.*\n)*?\\s+withParam: \"\\{\\{= toJson\\(filter\\(fromJSON\\(tasks.count.outputs.result\\), \\{# > 1\\}\\)\\) \\}\\}\"\n");

    JavaFileObject typo = java("Tens", """
        @Workflow(name = "tens")
        public class Tens {
          @Script public static String count() { return "[1, 3]"; }
          @Script(forEach = "{{= toJson(filter(fromJSON(tasks.cont.outputs.result), {# > 1})) }}")
          public static long tenfold(@Value("{{= asInt(item) * 10 }}") String tenfold) { return Long.parseLong(tenfold); }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(typo))
        .hadErrorContaining("in forEach of tenfold() does not resolve: no step named 'cont'")
        .inFile(typo).onLineContaining("forEach");
  }
}
