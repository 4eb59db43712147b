package dev.jera.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jera.processor.testing.Compile;
import dev.jera.processor.testing.Steps;
import dev.jera.runner.StepRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The largest workflows the checks accept compile into a runner javac takes (no "code too large"),
 * and their steps run: one method per step, a record's codec set up in constant size, parameter
 * look-ups split when there are very many. Each is compiled with runners as class files (the default) and
 * as source.
 */
class LargeWorkflowTest {
  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"classes", "source"})
  void aWorkflowOf199ScriptsWith17IntsEachCompilesAndRuns(String runners) {
    StringBuilder source = new StringBuilder("package big;\nimport dev.jera.*;\n@Workflow(name = \"big\")\n");
    for (int p = 0; p < 17; p++) {
      source.append("@Param(value = \"p").append(p).append("\", defaultValue = \"").append(p).append("\")\n");
    }
    source.append("public class Big {\n");
    for (int s = 0; s < 199; s++) {
      List<String> parameters = new ArrayList<>();
      List<String> sum = new ArrayList<>();
      for (int p = 0; p < 17; p++) {
        parameters.add("@Param(\"p" + p + "\") int s" + s + "p" + p);
        sum.add("s" + s + "p" + p);
      }
      source.append("  @Script public static int s").append(s).append("(").append(String.join(", ", parameters))
          .append(") { return ").append(s).append(" * 1000 + ").append(String.join(" + ", sum)).append("; }\n");
    }
    source.append("}\n");

    Compilation compilation = Compile.withImage(List.of("-Ajera.runners=" + runners), JavaFileObjects.forSourceString("big.Big", source.toString()));
    assertThat(compilation).succeededWithoutWarnings();

    StringBuilder inputs = new StringBuilder("[");
    for (int p = 0; p < 17; p++) {
      inputs.append(p == 0 ? "" : ",").append("{\"name\":\"s198p").append(p).append("\",\"value\":\"").append(p).append("\"}");
    }
    assertWrapped(compilation, runners, "big.Big_JeraRunner");
    assertThat(runStep(compilation, "big.Big_JeraRunner", "s198", inputs.append("]").toString())).isEqualTo(198_000 + 136 + "\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"classes", "source"})
  void aHundredRecordsOfAHundredComponentsCompileAndRun(String runners) {
    StringBuilder source = new StringBuilder("package wide;\nimport dev.jera.*;\n@Workflow(name = \"wide\")\npublic class Wide {\n");
    for (int r = 0; r < 100; r++) {
      List<String> components = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (int c = 0; c < 100; c++) {
        components.add("int component" + c);
        values.add(Integer.toString(r + c));
      }
      source.append("  public record R").append(r).append("(").append(String.join(", ", components)).append(") {}\n")
          .append("  @Script public static R").append(r).append(" s").append(r).append("() { return new R").append(r)
          .append("(").append(String.join(", ", values)).append("); }\n");
    }
    Compilation compilation = Compile.withImage(List.of("-Ajera.runners=" + runners), JavaFileObjects.forSourceString("wide.Wide", source.append("}\n").toString()));
    assertThat(compilation).succeededWithoutWarnings();

    assertWrapped(compilation, runners, "wide.Wide_JeraRunner");
    String result = runStep(compilation, "wide.Wide_JeraRunner", "s99", "[]");
    assertThat(result).startsWith("{\"component0\":99,\"component1\":100,");
    assertThat(result).endsWith(",\"component99\":198}\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"classes", "source"})
  void fourHundredFiftyWorkflowParametersCompileAndRun(String runners) {
    StringBuilder source = new StringBuilder("package many;\nimport dev.jera.*;\n@Workflow(name = \"many\")\n");
    for (int p = 0; p < 450; p++) {
      source.append("@Param(value = \"p").append(p).append("\", defaultValue = \"1\")\n");
    }
    source.append("public class Many {\n");
    for (int s = 0; s < 2; s++) {
      List<String> parameters = new ArrayList<>();
      for (int p = s * 225; p < (s + 1) * 225; p++) {
        parameters.add("@Param(\"p" + p + "\") " + (p % 2 == 0 ? "int" : "String") + " p" + p);
      }
      source.append("  @Script public static String s").append(s).append("(").append(String.join(", ", parameters))
          .append(") { return \"\" + p").append(s * 225).append(" + p").append(s * 225 + 224).append("; }\n");
    }
    Compilation compilation = Compile.withImage(List.of("-Ajera.runners=" + runners), JavaFileObjects.forSourceString("many.Many", source.append("}\n").toString()));
    assertThat(compilation).succeededWithoutWarnings();

    StepRunner runner = Steps.runner(compilation, "many.Many_JeraRunner");
    assertThat(runner.parameterCodecs("p0")).containsExactly(dev.jera.runner.json.Codecs.INT);
    assertThat(runner.parameterCodecs("p449")).containsExactly(dev.jera.runner.json.Codecs.STRING);
    assertThat(runner.parameterCodecs("nope")).isEmpty();
    StringBuilder inputs = new StringBuilder("[");
    for (int p = 225; p < 450; p++) {
      inputs.append(p == 225 ? "" : ",").append("{\"name\":\"p").append(p).append("\",\"value\":\"").append(p).append("\"}");
    }
    assertThat(runStep(compilation, "many.Many_JeraRunner", "s1", inputs.append("]").toString())).isEqualTo("225449\n");
  }

  /** The runner's lines, as source, fit in 100 columns (JavaPoet's limit) and end in no space. */
  private static void assertWrapped(Compilation compilation, String runners, String runner) {
    if (!runners.equals("source")) {
      assertThat(compilation.generatedSourceFile(runner)).isEmpty();
      return;
    }
    String text;
    try {
      text = compilation.generatedSourceFile(runner).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : text.split("\n")) {
      assertWithMessage("a line of %s: %s", runner, line).that(line.length()).isAtMost(100);
      assertWithMessage("a line of %s", runner).that(line).doesNotMatch(".*\\s");
    }
  }

  /** Runs {@code step} of the compiled runner as its container would, and returns what it printed. */
  private String runStep(Compilation compilation, String runner, String step, String inputs) {
    Steps.Run run = Steps.run(compilation, runner, step, folder, inputs);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(0);
    return run.out();
  }
}
