package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.FAN_IN_MISMATCH;
import static dev.jera.processor.diagnostic.MessageId.FAN_IN_OF_TEXT;
import static dev.jera.processor.diagnostic.MessageId.FOR_EACH_AND_ITEMS;
import static dev.jera.processor.diagnostic.MessageId.FOR_EACH_NOT_LIST;
import static dev.jera.processor.diagnostic.MessageId.GENERIC_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.ITEM_NOT_PARSING;
import static dev.jera.processor.diagnostic.MessageId.ITEM_TYPE_MISMATCH;
import static dev.jera.processor.diagnostic.MessageId.ITEM_WITHOUT_LOOP;
import static dev.jera.processor.diagnostic.MessageId.LOOP_WITHOUT_ITEM;
import static dev.jera.processor.diagnostic.MessageId.NOT_JSON;
import static dev.jera.processor.diagnostic.MessageId.NO_CONSTRUCTOR;
import static dev.jera.processor.diagnostic.MessageId.PRIVATE_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.PRIVATE_WORKFLOW_CLASS;
import static dev.jera.processor.diagnostic.MessageId.SECRET_NOT_STRING;
import static dev.jera.processor.diagnostic.MessageId.TWO_ITEMS;
import static dev.jera.processor.diagnostic.MessageId.TYPE_MISMATCH;
import static dev.jera.processor.diagnostic.MessageId.VALUE_NOT_PARSING;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Types from producer to consumer, fan-out and fan-in, JSON travel, and what the runner can call. */
class TypeRulesTest {

  @Test
  void consumerTypeMustMatchTheProducer() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static List<String> extract() { return List.of(); }
          @Script public static int load(@From("extract") List<Integer> rows) { return rows.size(); }
        }
        """);
    assertThat(Compile.expecting(TYPE_MISMATCH).withImage(source))
        .hadErrorContaining("parameter 'rows' of load() is List<Integer>, but extract() returns List<String>; declare it as List<String>")
        .inFile(source).onLineContaining("List<Integer> rows");
  }

  @Test
  void aStringDoesNotTakeAnotherTypeThroughFrom() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static int count() { return 1; }
          @Script public static String load(@From("count") String n) { return n; }
        }
        """);
    assertThat(Compile.expecting(TYPE_MISMATCH).withImage(source))
        .hadErrorContaining("parameter 'n' of load() is String, but count() returns int; declare it as int, or read its"
            + " text with @Value(\"{{tasks.count.outputs.result}}\")")
        .inFile(source).onLineContaining("@From(\"count\") String n");
  }

  @Test
  void aFanInIsNotAString() {
    JavaFileObject source = java("Etl", """
        @Workflow(style = Style.STEPS)
        public class Etl {
          @Script(items = {"a", "b"}) public static int measure(@Item String s) { return s.length(); }
          @Script public static String load(@From("measure") String all) { return all; }
        }
        """);
    assertThat(Compile.expecting(FAN_IN_MISMATCH).withImage(source))
        .hadErrorContaining("declare it as List<Integer>, or read the JSON list's text with"
            + " @Value(\"{{steps.measure.outputs.result}}\")")
        .inFile(source).onLineContaining("@From(\"measure\") String all");
  }

  @Test
  void aFanInOfAContainersTextIsWarnedAbout() {
    // operator.go:processAggregateNodeOutputs parses each item's output as JSON: plain text ends the reader in Error.
    JavaFileObject source = java("Greetings", """
        @Workflow
        public class Greetings {
          @Script(items = {"a", "b"})
          @Container(image = "busybox:1.36", command = {"echo", "hello {{inputs.parameters.name}}"})
          public static String greet(@Item String name) { return null; }
          @Script public static int count(@From("greet") List<String> lines) { return lines.size(); }
          @Script public static String show(@Value("{{tasks.greet.outputs.result}}") String all) { return all; }
        }
        """);
    assertThat(Compile.expecting(FAN_IN_OF_TEXT, FAN_IN_OF_TEXT).withImage(source))
        .hadWarningContaining("parameter 'lines' of count() reads the results of container step greet() as a list,"
            + " but greet() returns String: Argo builds that list ({{tasks.greet.outputs.result}}) by parsing what"
            + " each item printed as JSON, so plain text such as 'hello a' ends count() in Error")
        .inFile(source).onLineContaining("@From(\"greet\")");
    assertThat(Compile.expecting(FAN_IN_OF_TEXT, FAN_IN_OF_TEXT).withImage(source))
        .hadWarningContaining("parameter 'all' of show() reads the results of container step greet()")
        .inFile(source).onLineContaining("@Value(\"{{tasks.greet");
  }

  @Test
  void aFanInOfAContainersJsonIsFine() {
    JavaFileObject source = java("Sizes", """
        @Workflow
        public class Sizes {
          @Script(items = {"a", "b"})
          @Container(image = "busybox:1.36", command = {"echo", "7"})
          public static int size(@Item String name) { return 0; }
          @Script public static int total(@From("size") List<Integer> sizes) { return sizes.size(); }
        }
        """);
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void anItemIsTheElementTypeNotItsText() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static List<Integer> extract() { return List.of(1); }
          @Script(forEach = "extract") public static int twice(@Item String n) { return 2; }
        }
        """);
    assertThat(Compile.expecting(ITEM_TYPE_MISMATCH).withImage(source))
        .hadErrorContaining("parameter 'n' of twice() is String, but extract() gives elements of type Integer; declare it as Integer")
        .inFile(source).onLineContaining("@Item String n");
  }

  @Test
  void aValueTagReadsAnyResultAsText() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static List<Integer> extract() { return List.of(1); }
          @Script(forEach = "extract") public static int twice(@Item int n) { return 2 * n; }
          @Script public static String load(
              @Value("{{tasks.extract.outputs.result}}") String json,
              @Value("{{tasks.twice.outputs.result}}") String all) { return json + all; }
        }
        """);
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void boxedAndPrimitiveAgree() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static int extract() { return 1; }
          @Script public static Integer load(@From("extract") Integer n) { return n; }
        }
        """);
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void fanInIsAListOfResults() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          public record Rate(String pair, BigDecimal rate) {}
          @Script public static List<Rate> extract() { return List.of(); }
          @Script(forEach = "extract") public static Rate convert(@Item Rate rate) { return rate; }
          @Script public static int load(@From("convert") Rate rate) { return 1; }
        }
        """);
    assertThat(Compile.expecting(FAN_IN_MISMATCH).withImage(source))
        .hadErrorContaining("parameter 'rate' of load() is Etl.Rate, but convert() fans out, so @From(\"convert\") gives the list of all its results; declare it as List<Etl.Rate>")
        .inFile(source).onLineContaining("@From(\"convert\") Rate rate");
  }

  @Test
  void fanInElementTypeMustMatch() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static List<String> extract() { return List.of(); }
          @Script(forEach = "extract") public static int measure(@Item String s) { return s.length(); }
          @Script public static int load(@From("measure") List<Long> sizes) { return sizes.size(); }
        }
        """);
    assertThat(Compile.expecting(FAN_IN_MISMATCH).withImage(source)).hadErrorContaining("declare it as List<Integer>")
        .inFile(source).onLineContaining("List<Long> sizes");
  }

  @Test
  void forEachNeedsAList() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String extract() { return ""; }
          @Script(forEach = "extract") public static String convert(@Item String s) { return s; }
        }
        """);
    assertThat(Compile.expecting(FOR_EACH_NOT_LIST).withImage(source))
        .hadErrorContaining("forEach = \"extract\" needs a script that returns a List, Set or array, but extract() returns String")
        .inFile(source).onLineContaining("forEach = \"extract\"");
  }

  @Test
  void itemTypeIsTheElementType() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static List<LocalDate> days() { return List.of(); }
          @Script(forEach = "days") public static String convert(@Item Instant day) { return ""; }
        }
        """);
    assertThat(Compile.expecting(ITEM_TYPE_MISMATCH).withImage(source))
        .hadErrorContaining("parameter 'day' of convert() is Instant, but days() gives elements of type LocalDate")
        .inFile(source).onLineContaining("@Item Instant day");
  }

  @Test
  void itemOutsideALoop() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String convert(@Item String s) { return s; }
        }
        """);
    assertThat(Compile.expecting(ITEM_WITHOUT_LOOP).withImage(source))
        .hadErrorContaining("parameter 's' of convert() is @Item, but the script does not fan out")
        .inFile(source).onLineContaining("@Item String s");
  }

  @Test
  void anItemWithoutALoopIsOneMistakeNotOnePerConsumer() {
    // convert() was meant to fan out over extract(); its consumers are written for that. Only the
    // missing forEach is reported, not their "mismatch" with a convert() that does not fan out.
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static List<String> extract() { return List.of(); }
          @Script(when = "{{item}} != ''") public static String convert(@Item String row) { return row; }
          @Script public static int load(@From("convert") List<String> rows) { return rows.size(); }
          @Script public static int count(@Value("{{tasks.convert.outputs.result}}") List<String> rows) { return 0; }
          @Script(when = "{{tasks.convert.outputs.result}} == x") public static void gated() { }
          @Script(depends = "convert.AnySucceeded") public static void anyOne() { }
          @Script(forEach = "convert") public static String again(@Item String each) { return each; }
        }
        """);
    Compilation compilation = Compile.expecting(ITEM_WITHOUT_LOOP).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("parameter 'row' of convert() is @Item, but the script does not fan out; add forEach = \"…\"")
        .inFile(source).onLineContaining("@Item String row) { return row; }");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void itemsMustParseAsTheItemType() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script(items = {"1", "2", "three"}) public static int square(@Item int n) { return n * n; }
        }
        """);
    assertThat(Compile.expecting(ITEM_NOT_PARSING).withImage(source)).hadErrorContaining("item 'three' is not a valid int for @Item parameter 'n'")
        .inFile(source).onLineContaining("items =");
  }

  @Test
  void forEachAndItemsTogether() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static List<String> extract() { return List.of(); }
          @Script(forEach = "extract", items = {"a"}) public static String convert(@Item String s) { return s; }
        }
        """);
    assertThat(Compile.expecting(FOR_EACH_AND_ITEMS).withImage(source)).hadErrorContaining("convert() sets both forEach and items")
        .inFile(source).onLineContaining("items = {\"a\"}");
  }

  @Test
  void objectCannotTravel() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static Object extract() { return ""; }
        }
        """);
    assertThat(Compile.expecting(NOT_JSON).withImage(source))
        .hadErrorContaining("the result of extract() has type Object, which cannot travel between pods as JSON")
        .inFile(source).onLineContaining("Object extract()");
  }

  @Test
  void streamsCannotTravel() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "x", defaultValue = "")
        public class Etl {
          @Script public static String extract(@Param("x") java.io.InputStream in) { return ""; }
        }
        """);
    assertThat(Compile.expecting(NOT_JSON).withImage(source))
        .hadErrorContaining("parameter 'in' of extract() has type InputStream, which cannot travel between pods as JSON")
        .inFile(source).onLineContaining("java.io.InputStream in");
  }

  @Test
  void rawTypesCannotTravel() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @SuppressWarnings("rawtypes")
          @Script public static List extract() { return List.of(); }
        }
        """);
    assertThat(Compile.expecting(NOT_JSON).withImage(source)).hadErrorContaining("raw type List does not say what it holds")
        .inFile(source).onLineContaining("List extract()");
  }

  @Test
  void privateRecordsAreInvisibleToTheRunner() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          private record Row(String id) {}
          @Script static List<String> extract() { return List.of(); }
          @Script(forEach = "extract") static String convert(@Item String id) { return id; }
          @Script static int load(@From("extract") List<String> ids, @Value("{{workflow.name}}") String run) { return 1; }
          @Script static String bad(@Value("{}") Row row) { return row.id(); }
        }
        """);
    assertThat(Compile.expecting(NOT_JSON).withImage(source))
        .hadErrorContaining("Etl.Row is not visible to the generated runner")
        .inFile(source).onLineContaining("Row row");
  }

  @Test
  void mapKeysMustBeText() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          public record Key(String a) {}
          @Script public static Map<Key, String> extract() { return Map.of(); }
        }
        """);
    assertThat(Compile.expecting(NOT_JSON).withImage(source)).hadErrorContaining("map keys become JSON field names")
        .inFile(source).onLineContaining("Map<Key, String> extract()");
  }

  @Test
  void secretsAreStrings() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String load(@Secret(name = "db", key = "port") int port) { return ""; }
        }
        """);
    assertThat(Compile.expecting(SECRET_NOT_STRING).withImage(source)).hadErrorContaining("parameter 'port' of load() is @Secret, so it must be a String, not int")
        .inFile(source).onLineContaining("int port");
  }

  @Test
  void privateScripts() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script private static String extract() { return ""; }
        }
        """);
    assertThat(Compile.expecting(PRIVATE_SCRIPT).withImage(source)).hadErrorContaining("script extract() is private, so the generated runner cannot call it")
        .inFile(source).onLineContaining("private static String extract()");
  }

  @Test
  void genericScripts() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static <T> String extract() { return ""; }
        }
        """);
    assertThat(Compile.expecting(GENERIC_SCRIPT).withImage(source)).hadErrorContaining("script extract() declares type parameters")
        .inFile(source).onLineContaining("<T> String extract()");
  }

  @Test
  void instanceScriptsNeedAConstructor() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          private final String region;
          public Etl(String region) { this.region = region; }
          @Script public String extract() { return region; }
        }
        """);
    assertThat(Compile.expecting(NO_CONSTRUCTOR).withImage(source))
        .hadErrorContaining("script extract() is an instance method, but the runner cannot create a Etl")
        .inFile(source).onLineContaining("public String extract()");
  }

  @Test
  void instanceScriptsOfAPlainClassWork() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public String extract() { return "x"; }
          @Script public int load(@From("extract") String x) { return x.length(); }
        }
        """);
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void aLiteralValueMustParse() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static int extract(@Value("ten") int n) { return n; }
        }
        """);
    assertThat(Compile.expecting(VALUE_NOT_PARSING).withImage(source))
        .hadErrorContaining("@Value(\"ten\") of parameter 'n' of extract() is not a valid int")
        .inFile(source).onLineContaining("@Value(\"ten\")");
  }

  @Test
  void aValueReadingAResultHasItsType() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static LocalDate day() { return LocalDate.now(); }
          @Script public static int load(@Value("{{tasks.day.outputs.result}}") int n) { return n; }
        }
        """);
    assertThat(Compile.expecting(TYPE_MISMATCH).withImage(source))
        .hadErrorContaining("parameter 'n' of load() is int, but day() returns LocalDate")
        .inFile(source).onLineContaining("tasks.day.outputs.result");
  }

  @Test
  void aFanOutHasOneItem() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script(items = {"a", "b"}) public static String greet(@Item String first, @Item String second) { return first; }
        }
        """);
    assertThat(Compile.expecting(TWO_ITEMS).withImage(source))
        .hadErrorContaining("parameter 'second' of greet() is a second @Item; a fan-out has one item")
        .inFile(source).onLineContaining("@Item String second");
  }

  @Test
  void aCountedSequenceWithoutItemRepeatsTheStepSilently() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @Sequence(count = "3") public static String ping() { return "pong"; }
        }
        """);
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void aFanOutWithoutItemIsWarnedAbout() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script(items = {"a", "b"}) public static String greet() { return "hi"; }
        }
        """);
    Compilation compilation = Compile.expecting(LOOP_WITHOUT_ITEM).withImage(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("script greet() fans out but no parameter is @Item, so every pod gets the same inputs;"
            + " take the element with an @Item parameter")
        .inFile(source).onLineContaining("public static String greet()");
  }

  @Test
  void aWarningIsSuppressedByItsIdOnTheElementOrAnEnclosingOne() {
    JavaFileObject onMethod = java("Etl", """
        @Workflow
        public class Etl {
          @SuppressWarnings("jera:LoopWithoutItem")
          @Script(items = {"a", "b"}) public static String greet() { return "hi"; }
        }
        """);
    assertThat(Compile.withImage(onMethod)).succeededWithoutWarnings();
    JavaFileObject onClass = java("Etl", """
        @Workflow
        @SuppressWarnings({"unchecked", "jera"})
        public class Etl {
          @Script(items = {"a", "b"}) public static String greet() { return "hi"; }
        }
        """);
    assertThat(Compile.withImage(onClass)).succeededWithoutWarnings();
  }

  @Test
  void anotherIdDoesNotSuppressAWarning() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @SuppressWarnings("jera:FanInOfText")
          @Script(items = {"a", "b"}) public static String greet() { return "hi"; }
        }
        """);
    assertThat(Compile.expecting(LOOP_WITHOUT_ITEM).withImage(source))
        .hadWarningContaining("script greet() fans out but no parameter is @Item")
        .inFile(source).onLineContaining("public static String greet()");
  }

  @Test
  void anErrorIsNeverSuppressed() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @SuppressWarnings("jera")
        public class Etl {
          @Script public static List<String> extract() { return List.of(); }
          @Script(forEach = "extract", items = {"a"}) public static String convert(@Item String s) { return s; }
        }
        """);
    assertThat(Compile.expecting(FOR_EACH_AND_ITEMS).withImage(source)).hadErrorContaining("convert() sets both forEach and items")
        .inFile(source).onLineContaining("items = {\"a\"}");
  }

  @Test
  void aPrivateWorkflowClassCannotBeRun() {
    JavaFileObject source = java("Outer", """
        public class Outer {
          @Workflow
          private static class Etl {
            @Script public static String one() { return "1"; }
          }
        }
        """);
    assertThat(Compile.expecting(PRIVATE_WORKFLOW_CLASS).withImage(source))
        .hadErrorContaining("workflow class Outer.Etl is private, so the generated runner cannot call its scripts;"
            + " make it package-private or public")
        .inFile(source).onLineContaining("@Workflow");
  }
}
