package dev.jera.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jera.processor.testing.Compile;
import dev.jera.runner.RunnerMain;
import dev.jera.runner.StepRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest workflows the checks accept compile into a runner javac takes (no "code too large"),
 * and their steps run: one method per step, a record's codec set up in constant size, parameter
 * look-ups split when there are very many.
 */
class LargeWorkflowTest {
  @TempDir Path folder;

  @Test
  void aWorkflowOf199ScriptsWith17IntsEachCompilesAndRuns() throws Exception {
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

    Compilation compilation = Compile.withImage(JavaFileObjects.forSourceString("big.Big", source.toString()));
    assertThat(compilation).succeededWithoutWarnings();

    StringBuilder inputs = new StringBuilder("[");
    for (int p = 0; p < 17; p++) {
      inputs.append(p == 0 ? "" : ",").append("{\"name\":\"s198p").append(p).append("\",\"value\":\"").append(p).append("\"}");
    }
    Path inputsFile = Files.writeString(folder.resolve("inputs.json"), inputs.append("]").toString());
    assertThat(runStep(compilation, "big.Big_JeraRunner", "s198", inputsFile)).isEqualTo(198_000 + 136 + "\n");
  }

  @Test
  void aHundredRecordsOfAHundredComponentsCompileAndRun() throws Exception {
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
    Compilation compilation = Compile.withImage(JavaFileObjects.forSourceString("wide.Wide", source.append("}\n").toString()));
    assertThat(compilation).succeededWithoutWarnings();

    String result = runStep(compilation, "wide.Wide_JeraRunner", "s99", Files.writeString(folder.resolve("inputs.json"), "[]"));
    assertThat(result).startsWith("{\"component0\":99,\"component1\":100,");
    assertThat(result).endsWith(",\"component99\":198}\n");
  }

  @Test
  void fourHundredFiftyWorkflowParametersCompileAndRun() throws Exception {
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
    Compilation compilation = Compile.withImage(JavaFileObjects.forSourceString("many.Many", source.append("}\n").toString()));
    assertThat(compilation).succeededWithoutWarnings();

    ClassLoader loader = new CompiledClasses(compilation, LargeWorkflowTest.class.getClassLoader());
    StepRunner runner = (StepRunner) loader.loadClass("many.Many_JeraRunner").getDeclaredConstructor().newInstance();
    assertThat(runner.parameterCodecs("p0")).containsExactly(dev.jera.runner.json.Codecs.INT);
    assertThat(runner.parameterCodecs("p449")).containsExactly(dev.jera.runner.json.Codecs.STRING);
    assertThat(runner.parameterCodecs("nope")).isEmpty();
    StringBuilder inputs = new StringBuilder("[");
    for (int p = 225; p < 450; p++) {
      inputs.append(p == 225 ? "" : ",").append("{\"name\":\"p").append(p).append("\",\"value\":\"").append(p).append("\"}");
    }
    Path inputsFile = Files.writeString(folder.resolve("inputs.json"), inputs.append("]").toString());
    assertThat(runStep(compilation, "many.Many_JeraRunner", "s1", inputsFile)).isEqualTo("225449\n");
  }

  /** Runs {@code step} of the compiled runner as its container would, and returns what it printed. */
  private static String runStep(Compilation compilation, String runner, String step, Path inputs) throws Exception {
    ClassLoader loader = new CompiledClasses(compilation, LargeWorkflowTest.class.getClassLoader());
    StepRunner instance = (StepRunner) loader.loadClass(runner).getDeclaredConstructor().newInstance();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RunnerMain.run(instance, new String[] {step, inputs.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(code).isEqualTo(0);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The class files of a compilation, loaded from memory. */
  private static final class CompiledClasses extends ClassLoader {
    private final Compilation compilation;

    CompiledClasses(Compilation compilation, ClassLoader parent) {
      super(parent);
      this.compilation = compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      String path = name.replace('.', '/') + ".class";
      JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
          .orElseThrow(() -> new ClassNotFoundException(name));
      try {
        byte[] bytes = file.openInputStream().readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
