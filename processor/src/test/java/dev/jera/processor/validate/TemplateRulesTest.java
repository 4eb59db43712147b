package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.EXIT_HANDLER_FROM;
import static dev.jera.processor.diagnostic.MessageId.INVALID_WHEN;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.diagnostic.MessageId.UNTERMINATED_TAG;
import static dev.jera.processor.diagnostic.MessageId.WHEN_COMPARES_JSON;
import static dev.jera.processor.testing.Sources.java;

import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every {@code {{…}}} resolves where Argo resolves it, and {@code when} parses. */
class TemplateRulesTest {

  @Test
  void unterminatedTag() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String extract(@Value("{{workflow.name") String run) { return run; }
        }
        """);
    assertThat(Compile.expecting(UNTERMINATED_TAG).withImage(source)).hadErrorContaining("has no closing '}}'")
        .inFile(source).onLineContaining("{{workflow.name\"");
  }

  @Test
  void unknownWorkflowVariable() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String extract(@Value("{{workflow.nmae}}") String run) { return run; }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("{{workflow.nmae}} in @Value of parameter 'run' of extract() does not resolve: Argo defines no variable 'workflow.nmae'; did you mean 'name'?")
        .inFile(source).onLineContaining("workflow.nmae");
  }

  @Test
  void unknownParameterInATag() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "region", defaultValue = "eu")
        public class Etl {
          @Script public static String extract(@Value("{{workflow.parameters.regoin}}") String r, @Param("region") String region) { return r; }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("no workflow parameter named 'regoin' in Etl; did you mean 'region'?")
        .inFile(source).onLineContaining("parameters.regoin");
  }

  @Test
  void itemOutsideALoop() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String extract(@Value("{{item}}") String item) { return item; }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source)).hadErrorContaining("{{item}} is only defined in a step that fans out")
        .inFile(source).onLineContaining("{{item}}");
  }

  @Test
  void stepsStyleReferenceInADag() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String flip() { return "heads"; }
          @Script(when = "{{steps.flip.outputs.result}} == heads") public static String heads() { return ""; }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("{{steps.…}} is for the STEPS style, but Etl uses DAG; write {{tasks.…}}")
        .inFile(source).onLineContaining("steps.flip");
  }

  @Test
  void dagReferenceInSteps() {
    JavaFileObject source = java("Etl", """
        @Workflow(style = Style.STEPS)
        public class Etl {
          @Script public static String flip() { return "heads"; }
          @Script(when = "{{tasks.flip.outputs.result}} == heads") public static String heads() { return ""; }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("{{tasks.…}} is for the DAG style, but Etl uses STEPS; write {{steps.…}}")
        .inFile(source).onLineContaining("tasks.flip");
  }

  @Test
  void unknownStepInATagSuggestsTheStepName() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String fetchData() { return ""; }
          @Script public static String load(@Value("{{tasks.fetchData.outputs.result}}") String rows) { return rows; }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source)).hadErrorContaining("no step named 'fetchData'; did you mean 'fetch-data'?")
        .inFile(source).onLineContaining("tasks.fetchData");
  }

  @Test
  void resultOfAVoidStep() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static void clean() {}
          @Script public static String load(@Value("{{tasks.clean.outputs.result}}") String rows) { return rows; }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source)).hadErrorContaining("clean() returns void, so it has no result")
        .inFile(source).onLineContaining("tasks.clean");
  }

  @Test
  void inputsAreNotInAStepsScope() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String load(@Value("{{inputs.parameters.x}}") String x) { return x; }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source)).hadErrorContaining("{{inputs.…}} is only defined inside a script's own template")
        .inFile(source).onLineContaining("inputs.parameters.x");
  }

  @Test
  void failuresOnlyInTheExitHandler() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String load(@Value("{{workflow.failures}}") String f) { return f; }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source)).hadErrorContaining("{{workflow.failures}} is only defined in the exit handler")
        .inFile(source).onLineContaining("workflow.failures");
  }

  @Test
  void exitHandlerReadsStatusAndFailures() {
    JavaFileObject source = java("Etl", """
        @Workflow(onExit = "report")
        public class Etl {
          @Script public static String load() { return ""; }
          @Script public static void report(@Value("{{workflow.status}}") String status, @Value("{{workflow.failures}}") String failures) {}
        }
        """);
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void exitHandlerCannotReadSteps() {
    JavaFileObject source = java("Etl", """
        @Workflow(onExit = "report")
        public class Etl {
          @Script public static String load() { return ""; }
          @Script public static void report(@From("load") String rows) {}
        }
        """);
    assertThat(Compile.expecting(EXIT_HANDLER_FROM).withImage(source)).hadErrorContaining("report() is the exit handler, which runs after the graph")
        .inFile(source).onLineContaining("@From(\"load\")");
  }

  @Test
  void aTagReferenceMakesADependency() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String load() { return "rows"; }
          @Script(when = "{{tasks.load.outputs.result}} != ''") public static String report() { return ""; }
        }
        """);
    com.google.testing.compile.Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    com.google.common.truth.Truth.assertThat(Compile.manifest(compilation, "etl")).contains("depends: load");
  }

  @Test
  void invalidWhen() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String flip() { return "heads"; }
          @Script(when = "{{tasks.flip.outputs.result}} = heads") public static String heads() { return ""; }
        }
        """);
    assertThat(Compile.expecting(INVALID_WHEN).withImage(source)).hadErrorContaining("is not a valid Argo expression")
        .inFile(source).onLineContaining("= heads\"");
  }

  @Test
  void whenCannotCompareJson() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          public record Summary(int rows) {}
          @Script public static Summary load() { return new Summary(1); }
          @Script(when = "{{tasks.load.outputs.result}} != ''") public static void report() {}
        }
        """);
    assertThat(Compile.expecting(WHEN_COMPARES_JSON).withImage(source))
        .hadErrorContaining("when compares {{tasks.load.outputs.result}}, the JSON of a Etl.Summary")
        .inFile(source).onLineContaining("when =");
  }
}
