package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_GLOBAL_OUTPUT;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_OUTPUT;
import static dev.jera.processor.diagnostic.MessageId.FILE_OUTPUT_DEFAULT;
import static dev.jera.processor.diagnostic.MessageId.INVALID_OUTPUT_NAME;
import static dev.jera.processor.diagnostic.MessageId.OUTPUT_DEFAULT_NOT_PARSING;
import static dev.jera.processor.diagnostic.MessageId.OUTPUT_OF_VOID;
import static dev.jera.processor.diagnostic.MessageId.OUTPUT_ON_CALL;
import static dev.jera.processor.diagnostic.MessageId.OUTPUT_TYPE_MISMATCH;
import static dev.jera.processor.diagnostic.MessageId.OUTPUT_WITHOUT_NAME;
import static dev.jera.processor.diagnostic.MessageId.SOURCE_OUTSIDE_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_OUTPUT;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Output}: named outputs of scripts and templates, and {@code @From(output)}, which reads them. */
class NamedOutputsTest {

  @Test
  void outputsAreDeclaredOnTheTemplateAndReadByName() {
    JavaFileObject source = java("Parity", """
        import java.nio.file.Path;
        import java.util.List;
        import java.util.Optional;
        @Workflow(name = "parity", entrypoint = "main", style = Style.STEPS)
        public class Parity {
          public record Evenness(@Output String num, @Output(value = "evenness", global = "last-evenness") String kind, int raw) {}

          @Template(name = "odd-or-even")
          public static Evenness oddOrEven(int num) { return new Evenness("" + num, num % 2 == 0 ? "even" : "odd", num); }

          @Template @Output(value = "hello-param", defaultValue = "Foobar")
          public static Optional<String> hello() { return Optional.of("hello"); }

          @Template @Output("hello-art") @Archive(Archive.Format.NONE)
          public static Path helloFile() { return Path.of("/tmp/x"); }

          @Template public static void printMessage(String message) {}
          @Template public static void printFile(Path message) {}
          @Template public static void printAll(List<String> message) {}

          @Script(name = "odd-or-even", items = {"1", "2"}) @Call(template = "odd-or-even")
          static void loop(@Item int num) {}

          @Script(name = "hello") @Call(template = "hello") static void hi() {}
          @Script(name = "hello-file") @Call(template = "hello-file") static void hiFile() {}

          @Script(name = "print-nums") @Call(template = "print-all")
          static void printNums(@From(value = "odd-or-even", output = "num") List<String> message) {}

          @Script(name = "print-hello") @Call(template = "print-message")
          static void printHello(@From(value = "hello", output = "hello-param") String message) {}

          @Script(name = "print-tag") @Call(template = "print-message")
          static void printTag(@Value("{{steps.hello.outputs.parameters.hello-param}}") String message) {}

          @Script(name = "print-file") @Call(template = "print-file")
          static void printTheFile(@From(value = "hello-file", output = "hello-art") Path message) {}
        }
        """);
    Compilation compilation = Compile.withImage(List.of(Compile.RUNNER_SOURCE), source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "parity");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
          outputs:
            parameters:
            - name: num
              valueFrom:
                path: /tmp/jera/parameters/num
            - name: evenness
              valueFrom:
                path: /tmp/jera/parameters/evenness
              globalName: last-evenness
        """.indent(2));
    assertThat(manifest).contains("""
            - name: hello-param
              valueFrom:
                path: /tmp/jera/parameters/hello-param
                default: Foobar
        """.indent(2));
    assertThat(manifest).contains("""
            artifacts:
            - name: hello-art
              path: /tmp/jera/outputs/hello-art
              archive:
                none: {}
        """.indent(2));
    assertThat(manifest).contains("value: \"{{steps.odd-or-even.outputs.parameters.num}}\"");
    assertThat(manifest).contains("value: \"{{steps.hello.outputs.parameters.hello-param}}\"");
    assertThat(manifest).contains("from: \"{{steps.hello-file.outputs.artifacts.hello-art}}\"");
    String runner = Compile.runner(compilation, "test.Parity_JeraRunner");
    assertThat(runner).contains("inputs.storeArtifact(\"hello-art\", Parity.helloFile());");
    assertThat(runner).contains("output(inputs, \"num\", value.num(), Codecs.STRING);");
  }

  @Test
  void aMisnamedOutputIsAnErrorWithTheNamesItHas() {
    JavaFileObject source = java("Reads", """
        @Workflow(name = "reads", entrypoint = "main", style = Style.STEPS)
        public class Reads {
          public record Pair(@Output String num, @Output String evenness) {}
          @Template public static Pair pair() { return new Pair("1", "odd"); }
          @Template public static void show(String message) {}
          @Script(name = "pair") @Call(template = "pair") static void makePair() {}
          @Script @Call(template = "show")
          static void first(@From(value = "pair", output = "evennes") String message) {}
          @Script @Call(template = "show")
          static void second(@Value("{{steps.pair.outputs.parameters.nums}}") String message) {}
        }
        """);
    Compilation compilation = Compile.expecting(UNKNOWN_OUTPUT, UNRESOLVED_TAG).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("pair has no output 'evennes'; did you mean 'evenness'?")
        .inFile(source).onLineContaining("output = \"evennes\"");
    assertThat(compilation)
        .hadErrorContaining("pair has no output value 'nums'; did you mean 'num'?")
        .inFile(source).onLineContaining("parameters.nums");
  }

  @Test
  void aReaderTakesTheOutputsType() {
    JavaFileObject source = java("Reads", """
        import java.nio.file.Path;
        @Workflow(name = "reads", entrypoint = "main", style = Style.STEPS)
        public class Reads {
          @Template @Output("count") public static int count() { return 3; }
          @Template public static void show(boolean flag) {}
          @Script(name = "count") @Call(template = "count") static void counting() {}
          @Script @Call(template = "show")
          static void first(@From(value = "count", output = "count") boolean flag) { }
        }
        """);
    assertThat(Compile.expecting(OUTPUT_TYPE_MISMATCH).withImage(source))
        .hadErrorContaining("parameter 'flag' of first() is a boolean, but output 'count' of count is a int; declare it as int")
        .inFile(source).onLineContaining("boolean flag) { }");
  }

  @Test
  void aFileReturnedAsANamedOutputIsNotTheResult() {
    JavaFileObject source = java("Reads", """
        import java.nio.file.Path;
        @Workflow(name = "reads")
        public class Reads {
          @Script @Output("report") public static Path report() { return Path.of("/tmp/x"); }
          @Script public static void show(@From("report") Path report) {}
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_OUTPUT).withImage(source))
        .hadErrorContaining("report returns its file as output 'report', not as a result; read it with"
            + " @From(value = \"report\", output = \"report\")")
        .inFile(source).onLineContaining("@From(\"report\")");
  }

  @Test
  void declarationMistakesAreErrorsAtTheAnnotation() {
    JavaFileObject source = java("Declared", """
        import java.nio.file.Path;
        @Workflow(name = "declared")
        public class Declared {
          public record Two(@Output("same") String a, @Output("same") String b) {}
          @Script @Output public static String unnamed() { return ""; }
          @Script @Output("nothing") public static void nothing() {}
          @Script @Output("bad name!") public static String badName() { return ""; }
          @Script public static Two two() { return new Two("a", "b"); }
          @Script @Output(value = "file", defaultValue = "x") public static Path file() { return Path.of("/tmp/x"); }
          @Script @Output(value = "count", defaultValue = "3x") public static int count() { return 3; }
          @Script @Output(value = "g1", global = "shared") public static String g1() { return ""; }
          @Script @Output(value = "g2", global = "shared") public static String g2() { return ""; }
        }
        """);
    Compilation compilation = Compile.expecting(OUTPUT_WITHOUT_NAME, OUTPUT_OF_VOID, INVALID_OUTPUT_NAME, DUPLICATE_OUTPUT,
        FILE_OUTPUT_DEFAULT, OUTPUT_DEFAULT_NOT_PARSING, DUPLICATE_GLOBAL_OUTPUT).withImage(source);
    assertThat(compilation).hadErrorContaining("@Output on unnamed() needs the output's name, e.g. @Output(\"unnamed\")")
        .inFile(source).onLineContaining("unnamed()");
    assertThat(compilation).hadErrorContaining("nothing() returns nothing, so @Output has no value to export")
        .inFile(source).onLineContaining("nothing()");
    assertThat(compilation).hadErrorContaining("output name 'bad name!' is not valid for Argo")
        .inFile(source).onLineContaining("bad name!");
    assertThat(compilation).hadErrorContaining("two output values of two() are named 'same'; rename one")
        .inFile(source).onLineContaining("Two two()");
    assertThat(compilation).hadErrorContaining("output 'file' is a file (a Path), which has no default value")
        .inFile(source).onLineContaining("defaultValue = \"x\"");
    assertThat(compilation).hadErrorContaining("defaultValue of output 'count': '3x' does not decode as int")
        .inFile(source).onLineContaining("defaultValue = \"3x\"");
    assertThat(compilation).hadErrorContaining("global output 'shared' is exported twice (g1() and g2())")
        .inFile(source).onLineContaining("global = \"shared\") public static String g2");
  }

  @Test
  void anOutputBelongsToTheTemplateAStepCalls() {
    JavaFileObject source = java("Calls", """
        @Workflow(name = "calls", entrypoint = "main", style = Style.STEPS)
        public class Calls {
          @Template public static String hello() { return "hi"; }
          @Script(name = "hi") @Output("greeting") @Call(template = "hello") static String hi() { return null; }
        }
        """);
    assertThat(Compile.expecting(OUTPUT_ON_CALL).withImage(source))
        .hadErrorContaining("hi() calls template hello, whose outputs are its own; put @Output on hello's method")
        .inFile(source).onLineContaining("@Output(\"greeting\")");
  }

  @Test
  void anOutputOnAMethodThatIsNoScriptIsStray() {
    JavaFileObject source = java("Stray", """
        @Workflow(name = "stray")
        public class Stray {
          @Script public static String run() { return helper(); }
          @Output("x") static String helper() { return ""; }
        }
        """);
    assertThat(Compile.expecting(SOURCE_OUTSIDE_SCRIPT).withImage(source))
        .hadErrorContaining("helper")
        .inFile(source).onLineContaining("@Output(\"x\")");
  }

  @Test
  void globalOutputsAndOutputPathsAreCheckedByName() {
    JavaFileObject source = java("Globals", """
        @Workflow(name = "globals", style = Style.STEPS)
        public class Globals {
          @Script @Output(value = "greeting", global = "last-greeting") public static String greet() { return "hi"; }
          @Script(after = "greet")
          public static String shout(@Value("{{workflow.outputs.parameters.last-greting}}") String greeting) { return greeting; }
          @Script
          @Container(image = "busybox:1.36", command = {"sh", "-c"}, args = {"printf 42 > $OUT"})
          @Env(name = "OUT", value = "{{outputs.parameters.anwser.path}}")
          @Output("answer")
          public static int answer() { return 0; }
        }
        """);
    Compilation compilation = Compile.expecting(UNRESOLVED_TAG, UNRESOLVED_TAG).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("no output value of the workflow is exported as global 'last-greting'; did you mean 'last-greeting'?")
        .inFile(source).onLineContaining("last-greting");
    assertThat(compilation)
        .hadErrorContaining("answer has no output value 'anwser'; did you mean 'answer'?")
        .inFile(source).onLineContaining("anwser");
  }
}
