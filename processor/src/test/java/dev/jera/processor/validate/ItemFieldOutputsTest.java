package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.FOR_EACH_PARAM_NOT_LIST;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_ITEM_FIELD;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Item("field")}: a field of each item, and a fan-out over the named outputs of a fan-out's runs;
 * {@code forEach} over a workflow parameter.
 */
class ItemFieldOutputsTest {

  @Test
  void aFanOutOverAFanOutsOutputsIteratesTheAggregateOfItsOutputs() {
    JavaFileObject source = java("Aggregation", """
        @Workflow(name = "aggregation", style = Style.STEPS)
        public class Aggregation {
          public record Parity(@Output String num, @Output String evenness) {}
          @Template(name = "odd-or-even") public static Parity oddOrEven(int num) { return null; }
          @Template(name = "divide-by-2") public static int divideBy2(int num) { return num / 2; }
          @Script(name = "odd-or-even", items = {"1", "2"}) @Call(template = "odd-or-even")
          static void oddOrEvenStep(@Item int num) {}
          @Script(name = "divide-by-2", forEach = "odd-or-even", when = "{{item.evenness}} == even")
          @Call(template = "divide-by-2")
          static int divide(@Item("num") int num) { return 0; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "aggregation");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("value: \"{{item.num}}\"\n        withParam: \"{{steps.odd-or-even.outputs.parameters}}\"\n");
  }

  @Test
  void aFanOutOverResultsKeepsIteratingTheResults() {
    JavaFileObject source = java("Aggregation", """
        @Workflow(name = "aggregation")
        public class Aggregation {
          public record Parity(int num, String evenness) {}
          @Template(name = "odd-or-even") public static Parity oddOrEven(int num) { return null; }
          @Template(name = "divide-by-2") public static int divideBy2(int num) { return num / 2; }
          @Script(name = "odd-or-even", items = {"1", "2"}) @Call(template = "odd-or-even")
          static void oddOrEvenStep(@Item int num) {}
          @Script(name = "divide-by-2", forEach = "odd-or-even") @Call(template = "divide-by-2")
          static int divide(@Item("num") int num) { return 0; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compile.manifest(compilation, "aggregation"))
        .contains("value: \"{{item.num}}\"\n        withParam: \"{{tasks.odd-or-even.outputs.result}}\"\n");
  }

  @Test
  void aFieldOfTheOutputsIsOneOfThem() {
    JavaFileObject source = java("Aggregation", """
        @Workflow(name = "aggregation")
        public class Aggregation {
          public record Parity(@Output String num, @Output String evenness) {}
          @Template(name = "odd-or-even") public static Parity oddOrEven(int num) { return null; }
          @Template(name = "show") public static void show(String evenness) {}
          @Script(name = "odd-or-even", items = {"1", "2"}) @Call(template = "odd-or-even")
          static void oddOrEvenStep(@Item int num) {}
          @Script(name = "show", forEach = "odd-or-even") @Call(template = "show")
          static void showStep(@Item("evennes") String evenness) {}
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_ITEM_FIELD).withImage(source))
        .hadErrorContaining("@Item(\"evennes\") on parameter 'evenness' of showStep() reads output 'evennes' of each run of"
            + " odd-or-even, which leaves only num, evenness; did you mean 'evenness'?")
        .inFile(source).onLineContaining("@Item(\"evennes\")");
  }

  @Test
  void aFieldOfLiteralItemsIsInEachOfThem() {
    JavaFileObject source = java("Maps", """
        @Workflow(name = "maps")
        public class Maps {
          @Template public static void show(String image) {}
          @Script(name = "show", items = {"{\\"image\\": \\"debian\\"}", "{\\"tag\\": \\"9.1\\"}"}) @Call(template = "show")
          static void showStep(@Item("image") String image) {}
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_ITEM_FIELD).withImage(source))
        .hadErrorContaining("@Item(\"image\") on parameter 'image' of showStep() reads field 'image' of each item, but item"
            + " {\"tag\": \"9.1\"} has none")
        .inFile(source).onLineContaining("items = {");
  }

  @Test
  void numbersOfASequenceHaveNoFields() {
    JavaFileObject source = java("Numbers", """
        @Workflow(name = "numbers")
        public class Numbers {
          @Template public static void show(String n) {}
          @Script(name = "show") @Sequence(count = "3") @Call(template = "show")
          static void showStep(@Item("n") String n) {}
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_ITEM_FIELD).withImage(source))
        .hadErrorContaining("@Item(\"n\") on parameter 'n' of showStep() reads a field, but the items of a @Sequence are numbers")
        .inFile(source).onLineContaining("@Item(\"n\")");
  }

  @Test
  void aFanOutOverAWorkflowParameter() {
    JavaFileObject source = java("OsList", """
        @Workflow(name = "os-list")
        @Param(value = "os-list", defaultValue = "[{\\"image\\": \\"debian\\", \\"tag\\": \\"9.1\\"}]")
        public class OsList {
          @Script(forEach = "os-list") public static String test(@Item("image") String image) { return image; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "os-list");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("value: \"{{item.image}}\"\n        withParam: \"{{workflow.parameters.os-list}}\"\n");
  }

  @Test
  void aFanOutOverAWorkflowParameterNeedsAListOfItsItems() {
    JavaFileObject source = java("Numbers", """
        @Workflow(name = "numbers")
        @Param(value = "numbers", defaultValue = "[1, \\"x\\"]")
        @Param(value = "letters", defaultValue = "a, b")
        public class Numbers {
          @Script(forEach = "numbers") public static int twice(@Item int n) { return 2 * n; }
          @Script(forEach = "letters") public static String upper(@Item String letter) { return letter; }
        }
        """);
    Compilation compilation = Compile.expecting(FOR_EACH_PARAM_NOT_LIST, FOR_EACH_PARAM_NOT_LIST).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("forEach = \"numbers\" fans out over the workflow parameter's value, a JSON list, but its"
            + " default \"[1, \"x\"]\" has element 2, x, that is no int")
        .inFile(source).onLineContaining("value = \"numbers\"");
    assertThat(compilation)
        .hadErrorContaining("forEach = \"letters\" fans out over the workflow parameter's value, a JSON list, but its"
            + " default \"a, b\" is not a JSON list")
        .inFile(source).onLineContaining("value = \"letters\"");
  }

  @Test
  void aForEachNamingAStepAndAParameterFansOutOverTheStep() {
    JavaFileObject source = java("Both", """
        import java.util.List;
        @Workflow(name = "both")
        @Param(value = "names", defaultValue = "[\\"a\\"]")
        public class Both {
          @Script public static List<String> names(@Param("names") String given) { return List.of(given); }
          @Script(forEach = "names") public static String upper(@Item String name) { return name; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compile.manifest(compilation, "both")).contains("withParam: \"{{tasks.names.outputs.result}}\"");
  }
}
