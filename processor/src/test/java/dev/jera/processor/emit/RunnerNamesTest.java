package dev.jera.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jera.processor.testing.Compile;
import dev.jera.processor.testing.Golden;
import dev.jera.processor.testing.Steps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated runner's own names (its locals, fields and methods) never clash with the user's: a
 * workflow whose parameters, types and steps take the names the runner uses compiles, its runner
 * is the golden file, and each value reaches the parameter it was meant for.
 */
class RunnerNamesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/runners");

  @TempDir Path folder;

  private static final JavaFileObject CLASH = JavaFileObjects.forSourceString("clash.Clash", """
      package clash;

      import dev.jera.*;
      import java.util.List;

      /** Named like the runner's field STEPS: its codec field must take another name. */
      record Steps(String inputs, int result) {}

      /** An all-capitals enum: a codec field named MODE would hide it in MODE.values(). */
      enum MODE { FAST, SLOW }

      @Workflow(name = "clash")
      @Param(value = "args", defaultValue = "a")
      @Param(value = "inputs", defaultValue = "i")
      @Param(value = "result", defaultValue = "7")
      @Param(value = "e", defaultValue = "e")
      @Param(value = "step", defaultValue = "s")
      @Param(value = "mode", defaultValue = "FAST")
      @Param(value = "words", defaultValue = "[\\"x\\", \\"y\\"]")
      public class Clash {
        /** The runner's step method names its parameter inputs and its result result. */
        @Script
        public static Steps first(
            @Param("args") String args, @Param("inputs") String inputs, @Param("result") int result,
            @Param("e") String e, @Param("step") String step) {
          return new Steps(args + inputs + e + step, result);
        }

        /** Locals named like the types and packages the runner's expressions use, and like its codec fields. */
        @Script
        public static String second(
            @From("first") Steps STEPS, @Param("mode") MODE MODE, @Param("words") List<String> LIST_OF_STRING,
            @Value("c") String Codecs, @Value("r") String Results, @Value("k") String Clash, @Value("d") String dev,
            @Value("l") String List) {
          return STEPS.inputs() + STEPS.result() + MODE + LIST_OF_STRING + Codecs + Results + Clash + dev + List;
        }

        /** A step named like a generated method, and two steps whose method names would be one. */
        @Script(name = "run", after = "second")
        public static String run(@From("second") String MODE_2) {
          return MODE_2.length() + "";
        }

        @Script(name = "load-rates", after = "run")
        public static int loadRates1() {
          return 1;
        }

        @Script(name = "loadRates", after = "load-rates")
        public static int loadRates2() {
          return 2;
        }

        /** A container step: listed by the runner, with no case in its switch. */
        @Script(after = "loadRates")
        @Container(image = "alpine:3.20", command = {"echo", "hi"})
        public static void shell() {}
      }
      """);

  @Test
  void theRunnersNamesGiveWayToTheUsersAndItIsTheGoldenFile() throws IOException {
    Compilation compilation = Compile.withImage(List.of(Compile.RUNNER_SOURCE), CLASH);
    assertThat(compilation).succeededWithoutWarnings();
    String runner = compilation.generatedSourceFile("clash.Clash_JeraRunner")
        .orElseThrow(() -> new AssertionError("no runner: " + compilation.generatedFiles()))
        .getCharContent(true).toString();
    Golden.assertMatches(GOLDEN.resolve("clash/Clash_JeraRunner.java"), runner);
    assertThat(runner).doesNotContain("case \"shell\"");
  }

  @Test
  void eachValueReachesItsParameter() {
    Compilation compilation = Compile.withImage(CLASH);
    assertThat(run(compilation, "first",
        "[{\"name\":\"args\",\"value\":\"A\"},{\"name\":\"inputs\",\"value\":\"I\"},"
            + "{\"name\":\"result\",\"value\":\"3\"},{\"name\":\"e\",\"value\":\"E\"},{\"name\":\"step\",\"value\":\"S\"}]"))
        .isEqualTo("{\"inputs\":\"AIES\",\"result\":3}\n");
    assertThat(run(compilation, "second",
        "[{\"name\":\"STEPS\",\"value\":\"{\\\"inputs\\\":\\\"x\\\",\\\"result\\\":4}\"},"
            + "{\"name\":\"MODE\",\"value\":\"SLOW\"},{\"name\":\"LIST_OF_STRING\",\"value\":\"[\\\"p\\\",\\\"q\\\"]\"},"
            + "{\"name\":\"Codecs\",\"value\":\"c\"},{\"name\":\"Results\",\"value\":\"r\"},"
            + "{\"name\":\"Clash\",\"value\":\"k\"},{\"name\":\"dev\",\"value\":\"d\"},{\"name\":\"List\",\"value\":\"l\"}]"))
        .isEqualTo("x4SLOW[p, q]crkdl\n");
    assertThat(run(compilation, "run", "[{\"name\":\"MODE_2\",\"value\":\"abc\"}]")).isEqualTo("3\n");
    assertThat(run(compilation, "load-rates", "[]")).isEqualTo("1\n");
    assertThat(run(compilation, "loadRates", "[]")).isEqualTo("2\n");
  }

  private String run(Compilation compilation, String step, String inputs) {
    Steps.Run run = Steps.run(compilation, "clash.Clash_JeraRunner", step, folder, inputs);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(0);
    return run.out();
  }
}
